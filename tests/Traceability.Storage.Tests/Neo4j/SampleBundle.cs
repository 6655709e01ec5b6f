namespace Traceability.Storage.Tests.Neo4j;

/// <summary>A small valid neo4j-admin bundle the import tests start from.</summary>
internal static class SampleBundle
{
    public const string Nodes = """
        id:ID,:LABEL,name,country,facilityType,workers:int,productTypes:string[],mode,imo,flag,nationality,hsCode,asOf:date
        mine-1,Facility,"Kolwezi Artisanal Site, Block 4",CD,mine,400,cobalt ore,,,,,,2026-06-01
        ref-1,Facility,Ganzhou Cobalt Refinery,CN,refinery,900,cobalt sulfate,,,,,,
        ship-1,Transporter,Ocean Star,,,,,vessel,9123456,PA,,,
        bat-1,Product,Laptop battery pack,,,,,,,,,850760,
        co-1,Company,Ganzhou Holdings Ltd,CN,,,,,,,,,
        ls-1,LaborSource,Refinery workforce,,,300,,,,,CN,,
        """;

    public const string Rels = """
        :START_ID,:END_ID,:TYPE,material,percent:double
        mine-1,ship-1,SUPPLIES,cobalt ore,
        ship-1,ref-1,SUPPLIES,cobalt ore,
        ref-1,bat-1,SUPPLIES,cobalt sulfate,
        co-1,ref-1,OWNS,,60
        ls-1,ref-1,WORKS_AT,,
        """;
}
