using Traceability.Core.Screening;
using Traceability.Storage.Lists;
using Traceability.Tests;
using static Traceability.Storage.Tests.Lists.ListFixtures;

namespace Traceability.Storage.Tests.Lists;

/// <summary>OpenSanctions FollowTheMoney JSON lines.</summary>
public sealed class FtmParserTests
{
    // The two yente fixture records quoted in formats.md (opensanctions/yente tests/fixtures/dataset/t1/entities.ftm.json),
    // without the parts formats.md abbreviates as "...".
    private const string YenteOrganization = """{"id":"NK-2GdmHtZTeNXjNVrBGEXZNj","caption":"RAB „Inter Tobacco“","schema":"Organization","properties":{"name":["LLC “Inter Tobacco”"],"country":["by"],"topics":["sanction"],"createdAt":["2022-06-03"],"registrationNumber":["808000714"],"addressEntity":["addr-125caec37c3486d3a71de8ae943eec47f420b38a"],"notes":["Belarus (Minsk Free Economic Zone)"]},"referents":["ofac-32733","ua-nazk-company-451"],"datasets":["eu_fsf"],"first_seen":"2023-04-20T18:00:25","last_seen":"2024-06-01T10:57:03","last_change":"2023-07-26T20:01:14","target":true}""";
    private const string YenteAddress = """{"id":"NK-2MQE6AmhAk4tqhENJAMUG9","caption":"Majengo area, Mombasa, KENYA","schema":"Address","properties":{"full":["Majengo area, Mombasa, KENYA"],"city":["Majengo area, Mombasa"],"country":["ke"]},"referents":["addr-0999de5e5033c2e7e0a8d6616df1e699d0619e23"],"datasets":["eu_fsf"],"target":false}""";

    // FICTIONAL entities for the schemata the quote does not show. 3001017 is an IMO-format number from the range
    // seed-data uses for invented vessels.
    private static readonly string[] Fictional =
    [
        """{"id":"fx-holding","schema":"Company","properties":{"name":["Example Maritime Holdings Ltd","EMH Ltd"],"alias":["Example Marine Holdings"],"country":["cn","xk"],"topics":["sanction"],"programId":["US-DPRK3"],"addressEntity":["fx-addr"]},"target":true}""",
        """{"id":"fx-addr","schema":"Address","properties":{"full":["1 Example Road, Dandong"],"country":["cn"]}}""",
        "",
        """{"id":"fx-vessel","schema":"Vessel","properties":{"name":["EXAMPLE STAR"],"imoNumber":["IMO3001017"],"flag":["kp"],"topics":["sanction"]},"target":true}""",
        """{"id":"fx-own","schema":"Ownership","properties":{"owner":["fx-holding"],"asset":["fx-vessel"],"percentage":["60"]}}""",
        """{"id":"fx-sanction","schema":"Sanction","properties":{"entity":["fx-vessel"],"programId":["US-DPRK4"],"program":["North Korea"]}}""",
        """{"id":"fx-person","schema":"Person","properties":{"name":["Example Person"],"weakAlias":["Expo"],"nationality":["kp"],"passportNumber":["000000000"],"topics":["role.pep"]},"target":false}""",
        """{"id":"fx-link","schema":"UnknownLink","properties":{"subject":["fx-person"],"object":["fx-holding"]}}""",
    ];

    private static ParsedList Parse()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("entities.ftm.json", string.Join('\n', [YenteOrganization, YenteAddress, .. Fictional]) + "\n");
        return ListParsers.Parse("ftm", [path]);
    }

    [Fact]
    public void Parse_YenteOrganization_BecomesEntityEntry()
    {
        var list = Parse();

        var e = Entry(list, "NK-2GdmHtZTeNXjNVrBGEXZNj");
        Assert.Equal(("LLC “Inter Tobacco”", EntryKind.Entity, "OPENSANCTIONS"), (e.Name, e.Kind, e.List));
        Assert.Equal(["BY"], e.Countries);
        Assert.Equal(new EntryIdentifier("registration", "808000714"), Assert.Single(e.Identifiers));
        Assert.Equal("Belarus (Minsk Free Economic Zone)", e.Remarks);
        Assert.True(e.Blocking);
        Assert.Empty(e.Addresses);
        Assert.Equal(("OPENSANCTIONS", "ftm", null), (list.List, list.Format, list.PublicationDate));
    }

    [Fact]
    public void Parse_LinkSanctionAndAddressEntities_AreNotEntries()
    {
        Assert.Equal(["NK-2GdmHtZTeNXjNVrBGEXZNj", "fx-holding", "fx-vessel", "fx-person"], Parse().Entries.Select(e => e.EntryId));
    }

    [Fact]
    public void Parse_Company_NamesAliasesIsoCountriesAddressAndProgram()
    {
        var e = Entry(Parse(), "fx-holding");

        Assert.Equal("Example Maritime Holdings Ltd", e.Name);
        Assert.Equal(["EMH Ltd", "Example Marine Holdings"], e.Aliases);
        Assert.Equal(["CN"], e.Countries);
        Assert.Equal(["1 Example Road, Dandong"], e.Addresses);
        Assert.Equal(["US-DPRK3"], e.Programs);
    }

    [Fact]
    public void Parse_Vessel_ImoFlagAndSanctionProgram()
    {
        var e = Entry(Parse(), "fx-vessel");

        Assert.Equal(EntryKind.Vessel, e.Kind);
        Assert.Equal(new EntryIdentifier("imo", "3001017"), Assert.Single(e.Identifiers));
        Assert.Equal(["KP"], e.Countries);
        Assert.Equal(["US-DPRK4"], e.Programs);
    }

    [Fact]
    public void Parse_Ownership_RelationsOnBothSidesWithPercent()
    {
        var list = Parse();

        Assert.Contains(new EntryRelation("owns", "EXAMPLE STAR", "fx-vessel", 60), Entry(list, "fx-holding").Relations);
        Assert.Equal([new EntryRelation("owned-by", "Example Maritime Holdings Ltd", "fx-holding", 60)], Entry(list, "fx-vessel").Relations);
    }

    [Fact]
    public void Parse_PersonWithoutSanctionTopic_IsNotBlocking()
    {
        var e = Entry(Parse(), "fx-person");

        Assert.Equal(EntryKind.Individual, e.Kind);
        Assert.False(e.Blocking);
        Assert.Equal(["Expo"], e.WeakAliases);
        Assert.Equal(["KP"], e.Countries);
        Assert.Equal(new EntryIdentifier("passport", "000000000"), Assert.Single(e.Identifiers));
        Assert.Equal([new EntryRelation("linked-to", "Example Maritime Holdings Ltd", "fx-holding")], e.Relations);
    }
}
