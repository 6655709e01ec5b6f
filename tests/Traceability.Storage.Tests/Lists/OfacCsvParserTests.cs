using System.Security.Cryptography;
using Traceability.Core.Screening;
using Traceability.Storage.Lists;
using Traceability.Tests;
using static Traceability.Storage.Tests.Lists.ListFixtures;

namespace Traceability.Storage.Tests.Lists;

/// <summary>The OFAC legacy CSV set, read from the real lines in seed-data/lists/sdn-sample.</summary>
public sealed class OfacCsvParserTests
{
    private static ParsedList Sample() => ListParsers.Parse("ofac-csv", [SdnSample]);

    [Fact]
    public void Parse_SampleFolder_ReadsEveryEntryWithNameAndKind()
    {
        var list = Sample();

        Assert.Equal(["19611", "27383", "22704", "23165"], list.Entries.Select(e => e.EntryId));
        Assert.Equal("KOREA GENERAL CORPORATION FOR EXTERNAL CONSTRUCTION", Entry(list, "19611").Name);
        Assert.Equal(EntryKind.Entity, Entry(list, "19611").Kind);
        Assert.Equal(EntryKind.Vessel, Entry(list, "23165").Kind);
        Assert.All(list.Entries, e => Assert.True(e.Blocking));
        Assert.All(list.Entries, e => Assert.Equal("OFAC-SDN", e.List));
    }

    [Fact]
    public void Parse_SampleFolder_DescribesTheFileSet()
    {
        var list = Sample();

        Assert.Equal("OFAC-SDN", list.List);
        Assert.Equal("ofac-csv", list.Format);
        Assert.Null(list.PublicationDate);
        Assert.Equal(["sdn.csv", "add.csv", "alt.csv"], list.Files);
        var bytes = new[] { "sdn.csv", "add.csv", "alt.csv" }.SelectMany(f => File.ReadAllBytes(Path.Combine(SdnSample, f))).ToArray();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), list.Sha256);
    }

    [Fact]
    public void Parse_PackedPrograms_SplitsThem()
    {
        var list = Sample();

        Assert.Equal(["DPRK3", "DPRK-NKSPEA"], Entry(list, "27383").Programs);
        Assert.Equal(["DPRK4"], Entry(list, "23165").Programs);
    }

    [Fact]
    public void Parse_RemarksWeakAliases_BecomeWeakAliases()
    {
        var e = Entry(Sample(), "19611");

        Assert.Equal(["KOGEN", "GENCO", "ZENKO"], e.WeakAliases);
        Assert.Equal(["KOREA GENERAL COMPANY FOR EXTERNAL CONSTRUCTION"], e.Aliases);
        Assert.StartsWith("Secondary sanctions risk: North Korea Sanctions Regulations", e.Remarks);
    }

    [Fact]
    public void Parse_AltCsv_GivesStrongAliases()
    {
        Assert.Equal(["DPRK NAMGANG TRADING COMPANY"], Entry(Sample(), "27383").Aliases);
    }

    [Fact]
    public void Parse_VesselRemarks_GiveImoAndFlagCountry()
    {
        var e = Entry(Sample(), "23165");

        Assert.Equal("PU HUNG 1", e.Name);
        Assert.Equal(new EntryIdentifier("imo", "8703933"), Assert.Single(e.Identifiers));
        Assert.Equal(["KP"], e.Countries);
    }

    [Fact]
    public void Parse_RegistrationId_KeepsIssuingCountry()
    {
        Assert.Equal(new EntryIdentifier("registration", "2008/0598", "NA"), Assert.Single(Entry(Sample(), "22704").Identifiers));
    }

    [Fact]
    public void Parse_LinkedTo_BecomesRelations()
    {
        var list = Sample();

        Assert.Equal(
            [
                new EntryRelation("linked-to", "MANSUDAE OVERSEAS PROJECTS ARCHITECTURAL AND TECHNICAL SERVICES (PTY) LIMITED"),
                new EntryRelation("linked-to", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES"),
            ],
            Entry(list, "22704").Relations);
        Assert.Equal([new EntryRelation("linked-to", "KOREA RUNGRADO SHIPPING CO")], Entry(list, "23165").Relations);
    }

    [Fact]
    public void Parse_AddCsv_GivesCountriesAndAddresses()
    {
        var list = Sample();

        Assert.Equal(["KP", "RU"], Entry(list, "19611").Countries);
        Assert.Empty(Entry(list, "19611").Addresses);
        Assert.Equal(["NA"], Entry(list, "22704").Countries);
        Assert.Equal(["ERF 338, Platinum Street, Prosperita, Windhoek, Namibia"], Entry(list, "22704").Addresses);
    }

    [Fact]
    public void Parse_FilePathsInOtherOrderAndCase_SameAsFolder()
    {
        using var dir = new TempDirectory();
        var paths = new[] { ("alt.csv", "ALT.CSV"), ("add.csv", "Add.csv"), ("sdn.csv", "SDN.CSV") }
            .Select(p => dir.WriteBytes(p.Item2, File.ReadAllBytes(Path.Combine(SdnSample, p.Item1)))).ToList();

        var list = ListParsers.Parse("ofac-csv", paths);

        var folder = Sample();
        Assert.Equal(folder.Sha256, list.Sha256);
        Assert.Equal(["SDN.CSV", "Add.csv", "ALT.CSV"], list.Files);
        Assert.Equal(folder.Entries.Select(e => e.Reference), list.Entries.Select(e => e.Reference));
    }

    [Fact]
    public void Parse_CrRecordEndsAndCommentsOverflow_AppendsRemarksAndReadsThem()
    {
        using var dir = new TempDirectory();
        // OFAC's own files end records with CR. The second SDN row is constructed for the test (name from formats.md).
        dir.Write("sdn.csv", string.Join('\r',
            File.ReadAllLines(Path.Combine(SdnSample, "sdn.csv"))[2],
            "20578,\"MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; a.k.a\"",
            "\u001a"));
        dir.Write("sdn_comments.csv", "20578,\". 'MANSUDAE ART STUDIO'.\"\r");

        var list = ListParsers.Parse("ofac-csv", [dir.Path]);

        var mansudae = Entry(list, "20578");
        Assert.Equal(["MANSUDAE ART STUDIO"], mansudae.WeakAliases);
        Assert.EndsWith("510.210; a.k.a. 'MANSUDAE ART STUDIO'.", mansudae.Remarks);
        Assert.Equal(["sdn.csv", "sdn_comments.csv"], list.Files);
        // The Linked To target is on the list, so the relation carries its entry id.
        Assert.Contains(new EntryRelation("linked-to", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES", "20578"), Entry(list, "22704").Relations);
    }

    [Fact]
    public void Parse_UnknownAddressCountry_KeepsTextWithoutCountry()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("sdn.csv", File.ReadAllBytes(Path.Combine(SdnSample, "sdn.csv")));
        dir.Write("add.csv", "27383,1,-0- ,-0- ,\"Region: Atlantis\",-0- \n27383,2,-0- ,\"Dandong\",\"China\",-0- \n");

        var e = Entry(ListParsers.Parse("ofac-csv", [dir.Path]), "27383");

        Assert.Equal(["CN"], e.Countries);
        Assert.Equal(["Region: Atlantis", "Dandong, China"], e.Addresses);
    }
}
