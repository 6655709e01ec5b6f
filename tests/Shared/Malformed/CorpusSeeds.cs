namespace Traceability.Tests.Malformed;

/// <summary>
/// A small valid input per importer, LF line ends, one record per line: the corpus breaks each in many ways. Ids are
/// prefixed <c>mx-</c> so they never meet the ids of the stores the corpus runs against.
/// </summary>
public static class CorpusSeeds
{
    public const string GraphNodes = """
        id:ID,:LABEL,name,country,facilityType,workers:int
        mx-f1,Facility,Corpus Mine One,CN,mine,12
        mx-f2,Facility,"Corpus Smelter, Two",CN,smelter,340
        mx-f3,Facility,Corpus Mill Three,VN,mill,55
        mx-f4,Facility,"Corpus ""Quoted"" Works",VN,factory,800
        mx-f5,Facility,Corpus Port Five,KR,port,41
        mx-f6,Facility,Corpus Mine Six,MN,mine,7
        mx-f7,Facility,Corpus Refinery Seven,CN,refinery,230
        mx-f8,Facility,Corpus Plant Eight,TH,factory,999

        """;

    public const string GraphRels = """
        :START_ID,:END_ID,:TYPE,material
        mx-f1,mx-f2,SUPPLIES,ore
        mx-f2,mx-f3,SUPPLIES,"concentrate, dried"
        mx-f3,mx-f4,SUPPLIES,ingot
        mx-f6,mx-f7,SUPPLIES,ore
        mx-f7,mx-f4,SUPPLIES,refined metal
        mx-f4,mx-f5,SUPPLIES,parts
        mx-f5,mx-f8,SUPPLIES,parts

        """;

    public const string GraphJson = """
        {"nodes": [
        {"id": "mx-f1", "label": "Facility", "properties": {"name": "Corpus Mine One", "country": "CN", "facilityType": "mine", "workers": 12}},
        {"id": "mx-f2", "label": "Facility", "properties": {"name": "Corpus Smelter Two", "country": "CN", "facilityType": "smelter", "workers": 340}},
        {"id": "mx-f3", "label": "Facility", "properties": {"name": "Corpus Mill Three", "country": "VN", "facilityType": "mill"}},
        {"id": "mx-c1", "label": "Company", "properties": {"name": "Corpus Holdings", "country": "HK", "aliases": ["CH", "Corpus H"]}},
        {"id": "mx-p1", "label": "Product", "properties": {"name": "Corpus Widget", "hsCode": "850760"}}
        ],
        "relationships": [
        {"start": "mx-f1", "type": "SUPPLIES", "end": "mx-f2", "properties": {"material": "ore"}},
        {"start": "mx-f2", "type": "SUPPLIES", "end": "mx-f3", "properties": {}},
        {"start": "mx-f3", "type": "SUPPLIES", "end": "mx-p1"},
        {"start": "mx-c1", "type": "OWNS", "end": "mx-f2", "properties": {"percent": 60.5}}
        ]}

        """;

    public const string OfacSdn = """
        19611,"KOREA GENERAL CORPORATION FOR EXTERNAL CONSTRUCTION",-0- ,"DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Organization Type: Construction; a.k.a. 'KOGEN'."
        27383,"KOREA NAMGANG TRADING CORPORATION",-0- ,"DPRK3] [DPRK-NKSPEA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Secondary sanctions risk."
        22704,"QINGDAO CONSTRUCTION (NAMIBIA) CC",-0- ,"DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration ID 2008/0598 (Namibia)."
        36001,"KIM, Chol",individual,"DPRK2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"nationality Korea, North."
        36002,"SEA STAR",vessel,"DPRK4",-0- ,-0- ,-0- ,-0- ,-0- ,"Korea, North",-0- ,"Vessel Registration Identification IMO 8712345."

        """;

    public const string OfacAdd = """
        19611,29782,-0- ,-0- ,"Korea, North",-0-
        19611,45349,-0- ,-0- ,"Russia",-0-
        22704,45350,"Windhoek",-0- ,"Namibia",-0-

        """;

    public const string OfacXml = """
        <?xml version="1.0" standalone="yes"?>
        <sdnList xmlns="http://tempuri.org/sdnList.xsd">
        <publshInformation><Publish_Date>04/01/2021</Publish_Date><Record_Count>3</Record_Count></publshInformation>
        <sdnEntry><uid>19611</uid><lastName>KOREA GENERAL CORPORATION FOR EXTERNAL CONSTRUCTION</lastName><sdnType>Entity</sdnType>
        <programList><program>DPRK3</program></programList></sdnEntry>
        <sdnEntry><uid>22704</uid><lastName>QINGDAO CONSTRUCTION (NAMIBIA) CC</lastName><sdnType>Entity</sdnType>
        <addressList><address><uid>45350</uid><city>Windhoek</city><country>Namibia</country></address></addressList></sdnEntry>
        <sdnEntry><uid>36001</uid><lastName>KIM</lastName><firstName>Chol</firstName><sdnType>Individual</sdnType>
        <akaList><aka><uid>1</uid><type>a.k.a.</type><category>strong</category><lastName>KIM CHUL</lastName></aka></akaList></sdnEntry>
        </sdnList>

        """;

    private const string AdvancedRoot = "<Sanctions xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML\">";

    private const string AdvancedRefs =
        "<ReferenceValueSets><AliasTypeValues><AliasType ID=\"1403\">Name</AliasType></AliasTypeValues>" +
        "<NamePartTypeValues><NamePartType ID=\"1525\">Entity Name</NamePartType></NamePartTypeValues>" +
        "<PartySubTypeValues><PartySubType ID=\"4\" PartyTypeID=\"2\">Unknown</PartySubType></PartySubTypeValues>" +
        "<PartyTypeValues><PartyType ID=\"2\">Entity</PartyType></PartyTypeValues>" +
        "<RelationTypeValues><RelationType ID=\"1555\">Associate Of</RelationType></RelationTypeValues></ReferenceValueSets>";

    public static string AdvancedParty(string id, string name) =>
        $"<DistinctParty FixedRef=\"{id}\"><Profile ID=\"{id}\" PartySubTypeID=\"4\"><Identity ID=\"1{id}\"><Alias AliasTypeID=\"1403\" Primary=\"true\" LowQuality=\"false\">" +
        $"<DocumentedName><DocumentedNamePart><NamePartValue NamePartGroupID=\"2{id}\">{name}</NamePartValue></DocumentedNamePart></DocumentedName></Alias>" +
        $"<NamePartGroups><MasterNamePartGroup><NamePartGroup ID=\"2{id}\" NamePartTypeID=\"1525\"/></MasterNamePartGroup></NamePartGroups></Identity></Profile></DistinctParty>";

    /// <summary>Lines: 1 root, 2 reference sets, 3 DistinctParties, 4-6 parties, 7 end, 8 relations, 9 end of root.</summary>
    public static string OfacAdvanced => string.Join('\n',
        AdvancedRoot, AdvancedRefs, "<DistinctParties>",
        AdvancedParty("11", "CORPUS TRADING ONE"), AdvancedParty("12", "CORPUS SHIPPING TWO"), AdvancedParty("13", "CORPUS MINING THREE"),
        "</DistinctParties>",
        "<ProfileRelationships><ProfileRelationship ID=\"5\" From-ProfileID=\"11\" To-ProfileID=\"12\" RelationTypeID=\"1555\"/></ProfileRelationships>",
        "</Sanctions>", "");

    public const string Ftm = """
        {"id": "mx-a", "schema": "Company", "properties": {"name": ["Corpus Trading Ltd"], "country": ["kp"], "topics": ["sanction"]}}
        {"id": "mx-b", "schema": "Person", "properties": {"name": ["KIM Corpus"], "nationality": ["kp"]}}
        {"id": "mx-c", "schema": "Vessel", "properties": {"name": ["CORPUS STAR"], "imoNumber": ["IMO 8712345"], "flag": ["kp"]}}
        {"id": "mx-d", "schema": "Ownership", "properties": {"owner": ["mx-a"], "asset": ["mx-c"], "percentage": ["60"]}}
        {"id": "mx-e", "schema": "Sanction", "properties": {"entity": ["mx-a"], "program": ["DPRK3"]}}
        {"id": "mx-f", "schema": "Address", "properties": {"full": ["1 Corpus Street, Pyongyang"], "country": ["kp"]}}

        """;

    public const string Dol = """
        year,country,good,child_labor,forced_labor,forced_child_labor
        2022,China,Bricks,Y,Y,N
        2022,"Korea, North",Coal,N,Y,N
        2022,Russia,Timber,N,Y,N
        2020,Burma,Jade,Y,Y,N
        2022,Turkmenistan,Cotton,N,Y,N

        """;

    public const string Uflpa = """
        Name of Entity,Effective Date
        "Corpus Cotton Co., Ltd.","June 21, 2022"
        Corpus Polysilicon Co. Ltd.,"June 21, 2022"
        "Corpus Industry Group (including one alias: Corpus IG)","December 16, 2022"
        Corpus Electronics,"June 9, 2023"

        """;

    public const string CbpWro = """
        Entity,Country,Effective Date (mm/dd/yyyy)
        Corpus Fishing Vessel One,China,01/02/2020
        "Corpus Gloves, Sdn. Bhd.",Malaysia,07/15/2020
        Corpus Cotton,China,12/02/2020
        Corpus Rubber,Malaysia,04/28/2021

        """;

    /// <summary>Evidence rows about <paramref name="node"/> (a facility of the store the corpus runs against).</summary>
    public static string Evidence(string node) => $"""
        node,kind,title,date,issuer,url
        {node},wage-payment,Payroll audit,2026-01-15,Corpus Audit LLP,https://example.org/a
        {node},labor-policy,"Forced labor policy, signed",2025-11-02,Corpus Holdings,https://example.org/b
        {node},workforce-composition,Headcount by nationality,2026-02-01,Corpus Audit LLP,https://example.org/c
        {node},supplier-contracts,Supplier contract clause 14,2025-09-30,Corpus Legal,https://example.org/d

        """;
}
