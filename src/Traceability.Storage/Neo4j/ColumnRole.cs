namespace Traceability.Storage.Neo4j;

/// <summary>What a neo4j-admin header column holds.</summary>
public enum ColumnRole
{
    Property,
    Id,
    Label,
    StartId,
    EndId,
    Type,
    Ignore,
}
