using Traceability.Core.Screening;
using Traceability.Storage.Lists;
using Traceability.Tests;
using static Traceability.Storage.Tests.Lists.ListFixtures;

namespace Traceability.Storage.Tests.Lists;

/// <summary>The UFLPA Entity List as a CSV export of the DHS tables.</summary>
public sealed class UflpaParserTests
{
    // The Hoshine row is the real section (i) entry quoted in formats.md. The other rows are FICTIONAL companies
    // written in the name patterns formats.md lists, to test how aliases and subsidiaries are read.
    private const string Csv = """
        Name of Entity,Effective Date,Section
        "Hoshine Silicon Industry (Shanshan) Co., Ltd (including one alias: Hesheng Silicon Industry (Shanshan) Co.) and subsidiaries","June 21, 2022",Section 2(d)(2)(B)(i)
        "Example Cotton Group Co., Ltd. (formerly known as Example Textile Co., Ltd.; and Example Yarn Works) and its subordinate and affiliated entities","August 2, 2023",Section 2(d)(2)(B)(ii)
        "Example Printing Corporation and its three Zhuhai-based subsidiaries, which include Example Imaging Co., Ltd., Example Chips Co., Ltd., and Example Toner Co., Ltd.","June 9, 2023",
        """;

    private static ParsedList Parse(string csv = Csv)
    {
        using var dir = new TempDirectory();
        return ListParsers.Parse("uflpa", [dir.Write("uflpa.csv", csv)]);
    }

    [Fact]
    public void Parse_HoshineRow_NameAliasCountryAndSection()
    {
        var list = Parse();

        var e = Entry(list, "hoshine-silicon-industry-shanshan-co-ltd");
        Assert.Equal("Hoshine Silicon Industry (Shanshan) Co., Ltd", e.Name);
        Assert.Equal(["Hesheng Silicon Industry (Shanshan) Co."], e.Aliases);
        Assert.Equal(["CN"], e.Countries);
        Assert.Equal(["Section 2(d)(2)(B)(i)"], e.Programs);
        Assert.False(e.Blocking);
        Assert.Contains("and subsidiaries", e.Remarks);
        Assert.Contains("effective 2022-06-21", e.Remarks);
        Assert.Equal(("UFLPA", "uflpa", null), (list.List, list.Format, list.PublicationDate));
    }

    [Fact]
    public void Parse_FormerlyKnownAsWithAffiliatedEntities_GivesBothAliases()
    {
        var e = Named(Parse(), "Example Cotton Group Co., Ltd.");

        Assert.Equal(["Example Textile Co., Ltd.", "Example Yarn Works"], e.Aliases);
        Assert.Empty(e.Relations);
    }

    [Fact]
    public void Parse_NamedSubsidiaries_BecomeEntriesRelatedToTheParent()
    {
        var list = Parse();

        var parent = Named(list, "Example Printing Corporation");
        Assert.Empty(parent.Programs);
        var subs = list.Entries.Where(e => e.Relations.Any(r => r.Type == "subsidiary-of")).ToList();
        Assert.Equal(["Example Imaging Co., Ltd.", "Example Chips Co., Ltd.", "Example Toner Co., Ltd."], subs.Select(s => s.Name));
        Assert.All(subs, s => Assert.Equal(new EntryRelation("subsidiary-of", parent.Name, parent.EntryId), Assert.Single(s.Relations)));
        Assert.All(subs, s => Assert.Equal(["CN"], s.Countries));
        Assert.Equal(6, list.Entries.Count);
    }

    [Fact]
    public void Parse_EntityNameHeaderAndSlashDate_AreAccepted()
    {
        var e = Assert.Single(Parse("Entity Name,Effective Date\nExample Polysilicon Co.,06/21/2022\n").Entries);

        Assert.Equal(("example-polysilicon-co", "Example Polysilicon Co."), (e.EntryId, e.Name));
    }

    [Fact]
    public void Parse_SameNameTwice_GetsDistinctIds()
    {
        var list = Parse("Entity Name,Effective Date\nExample Co.,\"June 21, 2022\"\nExample Co.,\"June 9, 2023\"\n");

        Assert.Equal(["example-co", "example-co-2"], list.Entries.Select(e => e.EntryId));
    }
}
