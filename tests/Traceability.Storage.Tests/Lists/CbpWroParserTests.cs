using Traceability.Core.Screening;
using Traceability.Storage.Lists;
using Traceability.Tests;
using static Traceability.Storage.Tests.Lists.ListFixtures;

namespace Traceability.Storage.Tests.Lists;

/// <summary>CBP withhold release orders and findings.</summary>
public sealed class CbpWroParserTests
{
    private const string Header = "Calendar Year,Effective Date (mm/dd/yyyy),Country Code,Country,Entity,Industry,WRO/Finding,Status,Remarks,Press Release\n";

    // The Entity texts are those formats.md quotes from CBP's table; the other cells are illustrative.
    private const string Rows = """
        2018,08/09/2018,CN,China,"Tianjin Malleable Iron Factory, a/k/a Tianjin Tongbao Fittings Company",Manufacturing,WRO,Active,Illustrative remark,https://www.cbp.gov/example
        2020,08/18/2020,,Taiwan,Fishing Vessel: Da Wang,Fishing,WRO,Active,,
        2021,,KR,"Korea, South",Taepyung Salt Farm,Agriculture,Finding,Active,,
        """;

    private static ParsedList Parse(string csv)
    {
        using var dir = new TempDirectory();
        return ListParsers.Parse("cbp-wro", [dir.Write("wro.csv", csv)]);
    }

    [Fact]
    public void Parse_AkaEntity_NameAliasCountryAndPrograms()
    {
        var list = Parse(Header + Rows);

        var e = Named(list, "Tianjin Malleable Iron Factory");
        Assert.Equal(["Tianjin Tongbao Fittings Company"], e.Aliases);
        Assert.Equal(["CN"], e.Countries);
        Assert.Equal(["WRO", "Active"], e.Programs);
        Assert.Equal(EntryKind.Entity, e.Kind);
        Assert.False(e.Blocking);
        Assert.Equal("Industry: Manufacturing; Effective: 2018-08-09; Calendar year: 2018; Remarks: Illustrative remark; Press release: https://www.cbp.gov/example", e.Remarks);
        Assert.Equal(("CBP-WRO", "cbp-wro"), (list.List, list.Format));
    }

    [Fact]
    public void Parse_FishingVessel_IsAVesselEntry()
    {
        var e = Named(Parse(Header + Rows), "Da Wang");

        Assert.Equal(EntryKind.Vessel, e.Kind);
        Assert.Equal("da-wang", e.EntryId);
        Assert.Equal(["TW"], e.Countries);
    }

    [Fact]
    public void Parse_CountryName_MapsWhenCodeMissing()
    {
        var e = Named(Parse(Header + Rows), "Taepyung Salt Farm");

        Assert.Equal(["KR"], e.Countries);
        Assert.Equal(["Finding", "Active"], e.Programs);
    }

    [Fact]
    public void Parse_OnlyRequiredColumns_IsEnough()
    {
        var e = Assert.Single(Parse("Entity,Country\n\"Fishing Vessels: Example One and Example Two\",Vanuatu\nExample Gloves Sdn Bhd,Malaysia\n").Entries,
            x => x.Name == "Example Gloves Sdn Bhd");

        Assert.Equal(["MY"], e.Countries);
        Assert.Empty(e.Programs);
        Assert.Null(e.Remarks);
    }

    [Fact]
    public void Parse_PluralVessels_GiveOneEntryEach()
    {
        var list = Parse("Entity,Country\n\"Fishing Vessels: Example One and Example Two\",Vanuatu\n");

        Assert.Equal(["Example One", "Example Two"], list.Entries.Select(e => e.Name));
        Assert.All(list.Entries, e => Assert.Equal((EntryKind.Vessel, "VU"), (e.Kind, e.Countries.Single())));
    }
}
