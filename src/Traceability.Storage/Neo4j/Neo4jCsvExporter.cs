using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage.Csv;
using Traceability.Storage.Schema;

namespace Traceability.Storage.Neo4j;

/// <summary>
/// Writes the graph as neo4j-admin import CSV: one node file per label, one relationship file per type,
/// typed headers from graph-schema, the Cypher constraints and the neo4j-admin command that loads them.
/// </summary>
public sealed class Neo4jCsvExporter(GraphSchema schema)
{
    public sealed record Result(IReadOnlyList<string> Files, long Nodes, long Relationships);

    public async Task<Result> ExportAsync(IGraphStore store, string folder, CancellationToken ct)
    {
        var nodes = new List<GraphNode>();
        await foreach (var n in store.ReadNodesAsync(ct)) nodes.Add(n.Node);
        var edges = new List<GraphEdge>();
        await foreach (var e in store.ReadEdgesAsync(ct)) edges.Add(e.Edge);
        return Write(nodes, edges, folder);
    }

    /// <summary>Writes the given nodes and relationships (a whole graph or a subgraph).</summary>
    public Result Write(IReadOnlyCollection<GraphNode> nodes, IReadOnlyCollection<GraphEdge> edges, string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var label in schema.Labels.Values)
        {
            var rows = nodes.Where(n => n.Label == label.Name).OrderBy(n => n.Id).ToList();
            if (rows.Count == 0) continue;
            var props = label.Properties.Values.Where(p => p.Name != "id").ToList();
            var path = Path.Combine(folder, $"nodes-{label.Name}.csv");
            using var w = new CsvWriter(CsvWriter.Create(path));
            w.WriteRow(new[] { "id:ID", ":LABEL" }.Concat(props.Select(Header)));
            foreach (var n in rows)
                w.WriteRow(new[] { n.Id.Value, n.Label }.Concat(props.Select(p => Cell(n.Properties, p))));
            files.Add(path);
        }
        foreach (var rel in schema.Relationships.Values)
        {
            var rows = edges.Where(e => e.Type == rel.Type).OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
            if (rows.Count == 0) continue;
            var props = rel.Properties.Values.ToList();
            var path = Path.Combine(folder, $"rels-{rel.Type}.csv");
            using var w = new CsvWriter(CsvWriter.Create(path));
            w.WriteRow(new[] { ":START_ID", ":END_ID", ":TYPE" }.Concat(props.Select(Header)));
            foreach (var e in rows)
                w.WriteRow(new[] { e.Start.Value, e.End.Value, e.Type }.Concat(props.Select(p => Cell(e.Properties, p))));
            files.Add(path);
        }
        var cypher = Path.Combine(folder, SchemaScripts.CypherFile);
        File.WriteAllText(cypher, SchemaScripts.Cypher(schema));
        files.Add(cypher);
        var load = Path.Combine(folder, Neo4jLoadCypher.FileName);
        File.WriteAllText(load, Neo4jLoadCypher.Script(schema, files));
        files.Add(load);
        var script = Path.Combine(folder, "neo4j-import.sh");
        File.WriteAllText(script, ImportScript(files));
        files.Add(script);
        return new Result(files, nodes.Count, edges.Count);
    }

    internal static string Header(PropertySpec p) =>
        p.Type == PropertyType.String ? p.Name : $"{p.Name}:{p.Type}";

    private static string Cell(PropertyBag props, PropertySpec p) =>
        props.TryGet(p.Name, out var v) ? PropertySpec.FormatValue(v) : "";

    private static string ImportScript(IEnumerable<string> files)
    {
        var names = files.Select(Path.GetFileName).ToList();
        var nodeArgs = string.Join(" ", names.Where(n => n!.StartsWith("nodes-", StringComparison.Ordinal)).Select(n => $"--nodes=\"$dir/{n}\""));
        var relArgs = string.Join(" ", names.Where(n => n!.StartsWith("rels-", StringComparison.Ordinal)).Select(n => $"--relationships=\"$dir/{n}\""));
        return $$"""
            #!/bin/sh
            # Loads this export into a new Neo4j database, then applies the constraints.
            # Usage: ./neo4j-import.sh [database]   (run where neo4j-admin and cypher-shell are on PATH, Neo4j stopped)
            set -e
            dir="$(cd "$(dirname "$0")" && pwd)"
            db="${1:-neo4j}"
            neo4j-admin database import full --array-delimiter=";" --overwrite-destination {{nodeArgs}} {{relArgs}} "$db"
            echo "Start Neo4j, then: cypher-shell -d $db -f $dir/{{SchemaScripts.CypherFile}}"

            """;
    }
}
