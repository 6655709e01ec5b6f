using Traceability.Core.Screening;
using Traceability.Storage.Lists;
using static Traceability.Storage.Tests.Lists.ListFixtures;

namespace Traceability.Storage.Tests.Lists;

/// <summary>SDN_ADVANCED.XML, read from a synthetic fixture (see the comment at its top).</summary>
public sealed class OfacAdvancedXmlParserTests
{
    private static ParsedList Fixture() => ListParsers.Parse("ofac-advanced-xml", [FixturePath("sdn_advanced.xml")]);

    [Fact]
    public void Parse_Fixture_ReadsDateOfIssueAndEveryParty()
    {
        var list = Fixture();

        Assert.Equal(("OFAC-SDN", "ofac-advanced-xml", "2021-04-01"), (list.List, list.Format, list.PublicationDate));
        Assert.Equal(["22704", "23165", "20578", "990001", "990002", "990003"], list.Entries.Select(e => e.EntryId));
        Assert.All(list.Entries, e => Assert.True(e.Blocking));
    }

    [Fact]
    public void Parse_EntityParty_HasNameProgramRegistrationAndAddress()
    {
        var e = Entry(Fixture(), "22704");

        Assert.Equal(("QINGDAO CONSTRUCTION (NAMIBIA) CC", EntryKind.Entity), (e.Name, e.Kind));
        Assert.Equal(["DPRK3"], e.Programs);
        Assert.Equal(new EntryIdentifier("registration", "2008/0598", "NA"), Assert.Single(e.Identifiers));
        Assert.Equal(["NA"], e.Countries);
        Assert.Equal(["ERF 338, Platinum Street, Prosperita, Windhoek, Namibia"], e.Addresses);
    }

    [Fact]
    public void Parse_VesselParty_HasImoAndFlag()
    {
        var e = Entry(Fixture(), "23165");

        Assert.Equal(("PU HUNG 1", EntryKind.Vessel), (e.Name, e.Kind));
        Assert.Equal(new EntryIdentifier("imo", "8703933"), Assert.Single(e.Identifiers));
        Assert.Equal(["KP"], e.Countries);
        Assert.Equal(["DPRK4"], e.Programs);
    }

    [Fact]
    public void Parse_AliasTypes_SplitStrongAndLowQuality()
    {
        var list = Fixture();

        Assert.Equal(["MANSUDAE ART STUDIO"], Entry(list, "20578").Aliases);
        var e = Entry(list, "990002");
        Assert.Equal(["EXAMPLE SEAFOOD EXPORT COMPANY"], e.Aliases);
        Assert.Equal(["EFTC"], e.WeakAliases);
        Assert.Equal(["DPRK3", "DPRK-NKSPEA"], e.Programs);
    }

    [Fact]
    public void Parse_IndividualNameParts_LastCommaFirstWithNationality()
    {
        var e = Entry(Fixture(), "990003");

        Assert.Equal(("EXAMPLE, Person", EntryKind.Individual), (e.Name, e.Kind));
        Assert.Equal(["KP"], e.Countries);
    }

    [Fact]
    public void Parse_OwnedOrControlledBy_GivesOwnedByAndOwnsOnBothSides()
    {
        var list = Fixture();

        Assert.Contains(new EntryRelation("owned-by", "EXAMPLE OCEAN HOLDINGS LIMITED", "990001"), Entry(list, "990002").Relations);
        Assert.Contains(new EntryRelation("owns", "EXAMPLE FISHERIES TRADING CORPORATION", "990002"), Entry(list, "990001").Relations);
    }

    [Fact]
    public void Parse_OwnsControlsOrOperates_GivesOwnsAndOwnedBy()
    {
        var list = Fixture();

        Assert.Equal([new EntryRelation("owns", "EXAMPLE OCEAN HOLDINGS LIMITED", "990001")], Entry(list, "990003").Relations);
        Assert.Contains(new EntryRelation("owned-by", "EXAMPLE, Person", "990003"), Entry(list, "990001").Relations);
    }

    [Fact]
    public void Parse_OtherRelationTypes_AreLinkedTo_AndFormerOnesAreDropped()
    {
        var list = Fixture();

        Assert.Equal([new EntryRelation("linked-to", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES", "20578")], Entry(list, "22704").Relations);
        Assert.Equal([new EntryRelation("linked-to", "QINGDAO CONSTRUCTION (NAMIBIA) CC", "22704")], Entry(list, "20578").Relations);
        Assert.Empty(Entry(list, "23165").Relations);
    }
}
