using System.Text;
using Traceability.Core.Graph;
using Traceability.Storage.Lists;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Lists;

/// <summary>Every broken list file fails with an error naming the file and the line (and the field where one is at fault).</summary>
public sealed class MalformedListTests
{
    /// <summary>A broken input: format, files, which file is at fault, the line, words the error must contain, the field.</summary>
    private sealed record Case(string Format, Dictionary<string, byte[]> Files, string File, long Line, string Expect, string? Column = null);

    private const string Sdn = "19611,\"KOREA GENERAL CORPORATION FOR EXTERNAL CONSTRUCTION\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";
    private const string SdnNs = "<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\">";
    private const string AdvancedRoot = "<Sanctions xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML\">";
    private const string AdvancedRefs =
        "<ReferenceValueSets><AliasTypeValues><AliasType ID=\"1403\">Name</AliasType></AliasTypeValues>" +
        "<NamePartTypeValues><NamePartType ID=\"1525\">Entity Name</NamePartType></NamePartTypeValues>" +
        "<PartySubTypeValues><PartySubType ID=\"4\" PartyTypeID=\"2\">Unknown</PartySubType></PartySubTypeValues>" +
        "<PartyTypeValues><PartyType ID=\"2\">Entity</PartyType></PartyTypeValues>" +
        "<RelationTypeValues><RelationType ID=\"1555\">Associate Of</RelationType></RelationTypeValues></ReferenceValueSets>";
    private const string Uflpa = "Name of Entity,Effective Date\n";
    private const string Wro = "Entity,Country,Effective Date (mm/dd/yyyy)\n";
    private const string Dol = "year,country,good,child_labor,forced_labor,forced_child_labor\n";

    private static Dictionary<string, byte[]> Files(params (string Name, string Text)[] files) =>
        files.ToDictionary(f => f.Name, f => Encoding.UTF8.GetBytes(f.Text));

    private static Case One(string format, string file, string text, long line, string expect, string? column = null) =>
        new(format, Files((file, text)), file, line, expect, column);

    private static Case Bytes(string format, string file, byte[] bytes, long line, string expect) =>
        new(format, new() { [file] = bytes }, file, line, expect);

    private static byte[] BadUtf8(string before, string after) => [.. Encoding.UTF8.GetBytes(before), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(after)];

    private static string Party(string id = "1", string subType = "4", string primary = "true") =>
        $"<DistinctParty FixedRef=\"{id}\"><Profile ID=\"{id}\" PartySubTypeID=\"{subType}\"><Identity ID=\"1{id}\"><Alias AliasTypeID=\"1403\" Primary=\"{primary}\" LowQuality=\"false\">" +
        $"<DocumentedName><DocumentedNamePart><NamePartValue NamePartGroupID=\"2{id}\">PARTY {id}</NamePartValue></DocumentedNamePart></DocumentedName></Alias>" +
        $"<NamePartGroups><MasterNamePartGroup><NamePartGroup ID=\"2{id}\" NamePartTypeID=\"1525\"/></MasterNamePartGroup></NamePartGroups></Identity></Profile></DistinctParty>";

    /// <summary>Lines: 1 root, 2 reference sets, 3 DistinctParties, 4 the party, 5 end, 6 relations, 7 end of root.</summary>
    private static string Advanced(string party, string relations = "", string refs = AdvancedRefs) =>
        string.Join('\n', AdvancedRoot, refs, "<DistinctParties>", party, "</DistinctParties>", $"<ProfileRelationships>{relations}</ProfileRelationships>", "</Sanctions>");

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // OFAC legacy CSV
        ["ofac-csv: unterminated quote"] = One("ofac-csv", "sdn.csv", Sdn + "27383,\"KOREA NAMGANG,-0- ,\"DPRK3\"\n", 2, "after a closing quote", "field 2"),
        ["ofac-csv: open quote to the end"] = One("ofac-csv", "sdn.csv", Sdn + "27383,\"KOREA NAMGANG,-0- \n", 2, "unterminated quoted field"),
        ["ofac-csv: too few fields"] = One("ofac-csv", "sdn.csv", Sdn + "27383,\"KOREA NAMGANG\",-0- \n", 2, "expected 12 fields"),
        ["ofac-csv: unknown SDN_Type"] = One("ofac-csv", "sdn.csv", Sdn.Replace("-0- ,\"DPRK3\"", "\"company\",\"DPRK3\"", StringComparison.Ordinal), 1, "SDN_Type 'company'", "SDN_Type"),
        ["ofac-csv: ent_num not a number"] = One("ofac-csv", "sdn.csv", Sdn.Replace("19611", "A19611", StringComparison.Ordinal), 1, "not a number", "ent_num"),
        ["ofac-csv: duplicate ent_num"] = One("ofac-csv", "sdn.csv", Sdn + Sdn, 2, "appears twice", "ent_num"),
        ["ofac-csv: missing name"] = One("ofac-csv", "sdn.csv", Sdn.Replace("\"KOREA GENERAL CORPORATION FOR EXTERNAL CONSTRUCTION\"", "-0- ", StringComparison.Ordinal), 1, "missing SDN_Name", "SDN_Name"),
        ["ofac-csv: invalid utf-8"] = Bytes("ofac-csv", "sdn.csv", BadUtf8(Sdn + "27383,\"KOREA NAMGANG ", "\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"), 2, "invalid UTF-8"),
        ["ofac-csv: empty sdn.csv"] = One("ofac-csv", "sdn.csv", "", 0, "empty file"),
        ["ofac-csv: blank sdn.csv"] = One("ofac-csv", "sdn.csv", "\r\r\n", 0, "empty file"),
        ["ofac-csv: address of unknown ent_num"] = new("ofac-csv", Files(("sdn.csv", Sdn), ("add.csv", "19611,1,-0- ,-0- ,\"Russia\",-0- \n99999,2,-0- ,-0- ,\"China\",-0- \n")), "add.csv", 2, "ent_num 99999 is not in sdn.csv", "ent_num"),
        ["ofac-csv: unknown alt_type"] = new("ofac-csv", Files(("sdn.csv", Sdn), ("alt.csv", "19611,1,\"alias\",\"KOGEN\",-0- \n")), "alt.csv", 1, "alt_type 'alias'", "alt_type"),
        ["ofac-csv: comments with wrong field count"] = new("ofac-csv", Files(("sdn.csv", Sdn), ("sdn_comments.csv", "19611\n")), "sdn_comments.csv", 1, "expected 2 fields"),

        // OFAC sdn.xml
        ["ofac-xml: truncated"] = One("ofac-xml", "sdn.xml", SdnNs + "\n<sdnEntry>\n<uid>1</uid>", 3, "not well-formed XML"),
        ["ofac-xml: wrong root"] = One("ofac-xml", "sdn.xml", "<?xml version=\"1.0\"?>\n<Sanctions/>", 2, "expected <sdnList>", "Sanctions"),
        ["ofac-xml: entry without uid"] = One("ofac-xml", "sdn.xml", SdnNs + "\n<sdnEntry><lastName>X</lastName></sdnEntry>\n</sdnList>", 2, "without uid", "uid"),
        ["ofac-xml: entry without lastName"] = One("ofac-xml", "sdn.xml", SdnNs + "\n<sdnEntry><uid>1</uid></sdnEntry>\n</sdnList>", 2, "without lastName", "lastName"),
        ["ofac-xml: unknown sdnType"] = One("ofac-xml", "sdn.xml", SdnNs + "\n\n<sdnEntry><uid>1</uid><lastName>X</lastName><sdnType>Ship</sdnType></sdnEntry>\n</sdnList>", 3, "sdnType 'Ship'", "sdnType"),
        ["ofac-xml: bad Publish_Date"] = One("ofac-xml", "sdn.xml", SdnNs + "\n<publshInformation><Publish_Date>2021-04-01</Publish_Date></publshInformation>\n</sdnList>", 2, "MM/dd/yyyy", "Publish_Date"),
        ["ofac-xml: invalid utf-8"] = Bytes("ofac-xml", "sdn.xml", BadUtf8("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + SdnNs + "\n<sdnEntry><uid>1</uid><lastName>A", "</lastName></sdnEntry>\n</sdnList>"), 3, "not well-formed XML"),
        ["ofac-xml: second root"] = One("ofac-xml", "sdn.xml", SdnNs + "</sdnList>\n<sdnList/>", 2, "not well-formed XML"),
        ["ofac-xml: empty file"] = One("ofac-xml", "sdn.xml", "", 0, "empty file"),
        ["ofac-xml: whitespace only"] = One("ofac-xml", "sdn.xml", "\n\n", 0, "Root element is missing"),
        ["ofac-xml: doctype"] = One("ofac-xml", "sdn.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList [<!ENTITY a \"b\">]>\n<sdnList/>", 2, "DOCTYPE is not allowed"),

        // OFAC SDN_ADVANCED.XML
        ["advanced: wrong root"] = One("ofac-advanced-xml", "sdn_advanced.xml", SdnNs + "</sdnList>", 1, "expected <Sanctions>", "sdnList"),
        ["advanced: truncated"] = One("ofac-advanced-xml", "sdn_advanced.xml", AdvancedRoot + "\n" + AdvancedRefs + "\n<DistinctParties>\n<DistinctParty FixedRef=\"1\">", 4, "not well-formed XML"),
        ["advanced: empty file"] = One("ofac-advanced-xml", "sdn_advanced.xml", "", 0, "empty file"),
        ["advanced: no primary name"] = One("ofac-advanced-xml", "sdn_advanced.xml", Advanced(Party(primary: "false")), 4, "no primary name", "Alias"),
        ["advanced: unknown party subtype"] = One("ofac-advanced-xml", "sdn_advanced.xml", Advanced(Party(subType: "99")), 4, "PartySubTypeID 99 is not in ReferenceValueSets", "PartySubTypeID"),
        ["advanced: profile without ID"] = One("ofac-advanced-xml", "sdn_advanced.xml", Advanced(Party().Replace("Profile ID=\"1\"", "Profile", StringComparison.Ordinal)), 4, "without ID", "ID"),
        ["advanced: relation to unknown profile"] = One("ofac-advanced-xml", "sdn_advanced.xml", Advanced(Party(), "<ProfileRelationship ID=\"5\" From-ProfileID=\"1\" To-ProfileID=\"2\" RelationTypeID=\"1555\"/>"), 6, "not among the DistinctParties", "To-ProfileID"),
        ["advanced: no reference sets"] = One("ofac-advanced-xml", "sdn_advanced.xml", Advanced(Party(), refs: ""), 0, "no ReferenceValueSets", "ReferenceValueSets"),
        ["advanced: impossible date of issue"] = One("ofac-advanced-xml", "sdn_advanced.xml", AdvancedRoot + "\n<DateOfIssue><Year>2021</Year><Month>2</Month><Day>30</Day></DateOfIssue>\n" + AdvancedRefs + "\n</Sanctions>", 2, "DateOfIssue", "DateOfIssue"),
        ["advanced: invalid utf-8"] = Bytes("ofac-advanced-xml", "sdn_advanced.xml", BadUtf8(AdvancedRoot + "\n" + AdvancedRefs + "\n<DistinctParties>", "</DistinctParties></Sanctions>"), 3, "not well-formed XML"),

        // FollowTheMoney JSON lines
        ["ftm: bad json line"] = One("ftm", "e.json", "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}}\n{\"id\":\"b\",\"schema\":\"Company\",\n", 2, "not a JSON object"),
        ["ftm: array instead of object"] = One("ftm", "e.json", "[1,2]\n", 1, "expected a JSON object"),
        ["ftm: missing id"] = One("ftm", "e.json", "\n{\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}}\n", 2, "without an id", "id"),
        ["ftm: missing schema"] = One("ftm", "e.json", "{\"id\":\"a\",\"properties\":{\"name\":[\"A\"]}}\n", 1, "without a schema", "schema"),
        ["ftm: property not a list"] = One("ftm", "e.json", "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":\"A\"}}\n", 1, "must be a list of strings", "name"),
        ["ftm: nested export"] = One("ftm", "e.json", "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"],\"addressEntity\":[{\"id\":\"x\"}]}}\n", 1, "must be a list of strings", "addressEntity"),
        ["ftm: duplicate id"] = One("ftm", "e.json", "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}}\r\n{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"B\"]}}\r\n", 2, "appears twice", "id"),
        ["ftm: nameless company"] = One("ftm", "e.json", "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{}}\n", 1, "no name and no caption", "name"),
        ["ftm: ownership without asset"] = One("ftm", "e.json", "{\"id\":\"o\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"a\"]}}\n", 1, "needs an owner and an asset", "asset"),
        ["ftm: invalid utf-8"] = Bytes("ftm", "e.json", BadUtf8("{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}}\n\n{\"id\":\"b\",\"schema\":\"Company\",\"properties\":{\"name\":[\"", "\"]}}\n"), 3, "invalid UTF-8"),
        ["ftm: empty file"] = One("ftm", "e.json", "", 0, "empty file"),
        ["ftm: blank lines only"] = One("ftm", "e.json", "\n \n\n", 0, "empty file"),

        // UFLPA Entity List
        ["uflpa: no name column"] = One("uflpa", "u.csv", "Company,Effective Date\nA,\"June 21, 2022\"\n", 1, "missing column 'Name of Entity'", "Name of Entity"),
        ["uflpa: no date column"] = One("uflpa", "u.csv", "Name of Entity\nA\n", 1, "missing column 'Effective Date'", "Effective Date"),
        ["uflpa: bad date"] = One("uflpa", "u.csv", Uflpa + "A,\"June 21, 2022\"\nB,soon\n", 3, "'soon' is not a date", "Effective Date"),
        ["uflpa: empty name"] = One("uflpa", "u.csv", Uflpa + ",\"June 21, 2022\"\n", 2, "empty entity name", "Name of Entity"),
        ["uflpa: only a group phrase"] = One("uflpa", "u.csv", Uflpa + "\"(including one alias: B) and subsidiaries\",\"June 21, 2022\"\n", 2, "no entity name left", "Name of Entity"),
        ["uflpa: empty file"] = One("uflpa", "u.csv", "", 0, "empty file"),
        ["uflpa: header only"] = One("uflpa", "u.csv", Uflpa, 1, "header but no rows"),
        ["uflpa: stray quote"] = One("uflpa", "u.csv", Uflpa + "A \"B\" Co,\"June 21, 2022\"\n", 2, "quote inside an unquoted field", "Name of Entity"),
        ["uflpa: wrong field count"] = One("uflpa", "u.csv", Uflpa + "A,\"June 21, 2022\",extra\n", 2, "expected 2 fields"),

        // CBP WRO and findings
        ["cbp-wro: no Entity column"] = One("cbp-wro", "w.csv", "Name,Country\nA,China\n", 1, "missing column 'Entity'", "Entity"),
        ["cbp-wro: no Country column"] = One("cbp-wro", "w.csv", "Entity,Industry\nA,Fishing\n", 1, "missing column 'Country'", "Country"),
        ["cbp-wro: empty entity"] = One("cbp-wro", "w.csv", Wro + "A,China,01/02/2020\n ,China,01/02/2020\n", 3, "empty entity", "Entity"),
        ["cbp-wro: bad date"] = One("cbp-wro", "w.csv", Wro + "A,China,2020-01-02\n", 2, "mm/dd/yyyy", "Effective Date (mm/dd/yyyy)"),
        ["cbp-wro: empty file"] = One("cbp-wro", "w.csv", "", 0, "empty file"),
        ["cbp-wro: invalid utf-8"] = Bytes("cbp-wro", "w.csv", BadUtf8(Wro + "A,China,01/02/2020\nS", "o Paulo Mill,Brazil,\n"), 3, "invalid UTF-8"),

        // DOL SweatToilAll_CountryGoods
        ["dol: unknown country"] = One("dol", "d.csv", Dol + "2022,Atlantis,Coal,N,Y,N\n", 2, "unknown country 'Atlantis'", "country"),
        ["dol: bad boolean"] = One("dol", "d.csv", Dol + "2022,China,Bricks,maybe,Y,N\n", 2, "'maybe' is not Y, N, X or blank", "child_labor"),
        ["dol: bad year"] = One("dol", "d.csv", Dol + "2022,China,Bricks,Y,Y,N\n22,China,Coal,N,Y,N\n", 3, "'22' is not a year", "year"),
        ["dol: empty good"] = One("dol", "d.csv", Dol + "2022,China,,Y,Y,N\n", 2, "empty good", "good"),
        ["dol: missing column"] = One("dol", "d.csv", "year,country,good,child_labor\n2022,China,Coal,N\n", 1, "missing column 'forced_labor'", "forced_labor"),
        ["dol: empty file"] = One("dol", "d.csv", "", 0, "empty file"),
        ["dol: header only"] = One("dol", "d.csv", Dol, 1, "header but no rows"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Fact]
    public void Suite_CoversEveryFormatWithBrokenFiles()
    {
        var formats = Cases.Values.GroupBy(c => c.Format).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(ListParsers.Formats.Append("dol").Order(), formats.Keys.Order());
        Assert.All(formats, f => Assert.True(f.Value >= 5, $"{f.Key}: {f.Value} cases"));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Parse_BrokenFile_NamesFileAndLine(string name)
    {
        var c = Cases[name];
        using var dir = new TempDirectory();
        var paths = c.Files.Select(f => dir.WriteBytes(f.Key, f.Value)).ToList();

        var e = Assert.Throws<ImportFailedException>(() =>
        {
            if (c.Format == "dol") ListParsers.ParseDol(paths);
            else ListParsers.Parse(c.Format, paths);
        });

        var error = Assert.Single(e.Errors, x => x.File == c.File && x.Message.Contains(c.Expect, StringComparison.Ordinal));
        Assert.Equal(c.Line, error.Line);
        if (c.Column is not null) Assert.Equal(c.Column, error.Column);
    }
}
