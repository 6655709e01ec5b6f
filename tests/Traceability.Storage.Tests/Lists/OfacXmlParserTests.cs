using Traceability.Core.Screening;
using Traceability.Storage.Lists;
using Traceability.Tests;
using static Traceability.Storage.Tests.Lists.ListFixtures;

namespace Traceability.Storage.Tests.Lists;

/// <summary>Legacy sdn.xml, read from a fixture holding the real records of the April 2021 CSV lines.</summary>
public sealed class OfacXmlParserTests
{
    private static ParsedList Fixture() => ListParsers.Parse("ofac-xml", [FixturePath("sdn.xml")]);

    [Fact]
    public void Parse_Fixture_ReadsPublicationDateAndEntries()
    {
        var list = Fixture();

        Assert.Equal(("OFAC-SDN", "ofac-xml", "2021-04-01"), (list.List, list.Format, list.PublicationDate));
        Assert.Equal(["sdn.xml"], list.Files);
        Assert.Equal(64, list.Sha256.Length);
        Assert.Equal(["19611", "22704", "23165", "990003"], list.Entries.Select(e => e.EntryId));
    }

    [Fact]
    public void Parse_AkaCategories_SplitStrongAndWeak()
    {
        var e = Entry(Fixture(), "19611");

        Assert.Equal(["KOREA GENERAL COMPANY FOR EXTERNAL CONSTRUCTION"], e.Aliases);
        Assert.Equal(["KOGEN", "GENCO", "ZENKO"], e.WeakAliases);
        Assert.Equal(["DPRK3"], e.Programs);
        Assert.Equal(["KP", "RU"], e.Countries);
    }

    [Fact]
    public void Parse_IdList_GivesRegistrationAndImo()
    {
        var list = Fixture();

        Assert.Equal(new EntryIdentifier("registration", "2008/0598", "NA"), Assert.Single(Entry(list, "22704").Identifiers));
        var vessel = Entry(list, "23165");
        Assert.Equal(EntryKind.Vessel, vessel.Kind);
        Assert.Equal(new EntryIdentifier("imo", "8703933"), Assert.Single(vessel.Identifiers));
        Assert.Equal(["KP"], vessel.Countries);
    }

    [Fact]
    public void Parse_ParenthesizedLinkedToRemarks_BecomeRelations()
    {
        var e = Entry(Fixture(), "22704");

        Assert.Equal(["MANSUDAE OVERSEAS PROJECTS ARCHITECTURAL AND TECHNICAL SERVICES (PTY) LIMITED", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES"],
            e.Relations.Select(r => r.TargetName));
        Assert.All(e.Relations, r => Assert.Equal("linked-to", r.Type));
        Assert.Equal(["ERF 338, Platinum Street, Prosperita, Windhoek, Namibia"], e.Addresses);
    }

    [Fact]
    public void Parse_Individual_NameIsLastCommaFirst()
    {
        var e = Entry(Fixture(), "990003");

        Assert.Equal(EntryKind.Individual, e.Kind);
        Assert.Equal("EXAMPLE, Person", e.Name);
        Assert.Equal(["EXAMPLE, P."], e.Aliases);
        Assert.Equal(["KP"], e.Countries);
    }

    [Fact]
    public void Parse_SanctionsListServiceNamespace_IsAccepted()
    {
        using var dir = new TempDirectory();
        var text = File.ReadAllText(FixturePath("sdn.xml")).Replace("http://tempuri.org/sdnList.xsd",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML", StringComparison.Ordinal);

        var list = ListParsers.Parse("ofac-xml", [dir.Write("SDN.XML", text)]);

        Assert.Equal(4, list.Entries.Count);
    }
}
