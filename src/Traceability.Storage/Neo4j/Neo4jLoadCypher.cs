using System.Text;
using Traceability.Core.Schema;
using Traceability.Storage.Schema;

namespace Traceability.Storage.Neo4j;

/// <summary>
/// A Cypher script that loads an export into a running Neo4j database with LOAD CSV (neo4j-admin import needs an empty,
/// stopped one): MERGE by id, so running it twice changes nothing; typed columns converted; empty cells left unset.
/// Copy the CSV files into the database's import folder, apply the constraints first, then run it with cypher-shell.
/// </summary>
public static class Neo4jLoadCypher
{
    public const string FileName = "neo4j-load.cypher";

    public static string Script(GraphSchema schema, IEnumerable<string> files)
    {
        var names = files.Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var b = new StringBuilder();
        b.Append("// Loads this export into a running Neo4j database. Copy the CSV files into its import folder, then:\n");
        b.Append($"//   cypher-shell -f {SchemaScripts.CypherFile} && cypher-shell -f {FileName}\n");
        b.Append("// MERGE by id: running it again changes nothing. Empty cells leave the property unset.\n\n");
        foreach (var label in schema.Labels.Values)
        {
            var file = $"nodes-{label.Name}.csv";
            if (!names.Contains(file)) continue;
            b.Append($"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row\n");
            b.Append($"MERGE (n:{Name(label.Name)} {{id: row.`id:ID`}})");
            Set(b, "n", label.Properties.Values.Where(p => p.Name != "id"));
            b.Append(";\n\n");
        }
        foreach (var rel in schema.Relationships.Values)
        {
            var file = $"rels-{rel.Type}.csv";
            if (!names.Contains(file)) continue;
            b.Append($"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row\n");
            b.Append($"MATCH (s:{string.Join("|", rel.From.Select(Name))} {{id: row.`:START_ID`}})\n");
            b.Append($"MATCH (e:{string.Join("|", rel.To.Select(Name))} {{id: row.`:END_ID`}})\n");
            b.Append($"MERGE (s)-[r:{Name(rel.Type)}]->(e)");
            Set(b, "r", rel.Properties.Values);
            b.Append(";\n\n");
        }
        return b.ToString();
    }

    private static void Set(StringBuilder b, string v, IEnumerable<PropertySpec> props)
    {
        var list = props.ToList();
        if (list.Count == 0) return;
        b.Append("\nSET ").Append(string.Join(",\n    ", list.Select(p => $"{v}.{Name(p.Name)} = {Value(p)}")));
    }

    // CASE keeps an empty cell as null, which leaves the property unset.
    private static string Value(PropertySpec p)
    {
        var cell = $"row.{Name(Neo4jCsvExporter.Header(p))}";
        var convert = p.Type.IsArray ? $"[x IN split({cell}, ';') | {Scalar(p.Type.Scalar, "x")}]" : Scalar(p.Type.Scalar, cell);
        return $"CASE {cell} WHEN '' THEN null ELSE {convert} END";
    }

    private static string Scalar(ScalarType t, string x) => t switch
    {
        ScalarType.Int or ScalarType.Long => $"toInteger({x})",
        ScalarType.Float or ScalarType.Double => $"toFloat({x})",
        ScalarType.Boolean => $"toBoolean({x})",
        ScalarType.Date => $"date({x})",
        _ => x,
    };

    private static string Name(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
}
