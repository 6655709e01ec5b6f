using System.CommandLine;
using Traceability.Core.Graph;
using Traceability.Core.Tracing;
using Traceability.Storage.Exports;
using Traceability.Storage.Json;
using Traceability.Storage.Neo4j;

namespace Traceability.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "neo4j-csv (a folder of files, Cypher constraints and a loader script), json, graphml (Gephi, yEd) or dot (Graphviz)", DefaultValueFactory = _ => "neo4j-csv" };
        format.AcceptOnlyFromAmong("neo4j-csv", "json", "graphml", "dot");
        var output = new Option<string>("--out") { Description = "Folder (neo4j-csv) or file (json, graphml, dot) to write", Required = true };
        var product = new Option<string?>("--product") { Description = "Only this product's trace: its upstream cone plus the context nodes its flags come from (graphml, dot, neo4j-csv)" };
        var command = new Command("export", "Export the whole graph, or one trace's subgraph") { format, output, product };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var store = await ctx.StoreAsync(ct);
            var path = ctx.Parse.GetValue(output)!;
            var f = ctx.Parse.GetValue(format)!;
            var root = ctx.Parse.GetValue(product);
            if (f == "json")
            {
                if (root is not null) throw new UsageException("--product works with --format graphml, dot or neo4j-csv");
                var dir = Path.GetDirectoryName(Path.GetFullPath(path));
                if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
                await using var stream = File.Create(path);
                var (nodes, rels) = await new GraphJsonExporter(ctx.Schema).ExportAsync(store, stream, ct);
                ctx.Out.WriteLine($"Wrote {nodes:N0} nodes and {rels:N0} relationships to {path}");
                return CliAction.Ok;
            }
            var risk = await ctx.RiskAsync(ct);
            var only = root is null ? null : TraceSubgraph.Nodes(risk, new NodeId(root));
            var graph = await GraphExport.LoadAsync(store, risk, only, ct);
            var what = root is null ? "the whole graph" : $"the trace of {root}";
            switch (f)
            {
                case "graphml":
                {
                    CliDates.WriteFile(path, "");
                    await using var stream = File.Create(path);
                    GraphMlWriter.Write(graph, ctx.Schema, stream);
                    ctx.Out.WriteLine($"Wrote {what}: {graph.Nodes.Count:N0} nodes and {graph.Edges.Count:N0} relationships to {path} (GraphML)");
                    break;
                }
                case "dot":
                {
                    CliDates.WriteFile(path, "");
                    await using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
                    DotWriter.Write(graph, writer);
                    ctx.Out.WriteLine($"Wrote {what}: {graph.Nodes.Count:N0} nodes and {graph.Edges.Count:N0} relationships to {path} (render with: dot -Tsvg {path})");
                    break;
                }
                default:
                {
                    var result = new Neo4jCsvExporter(ctx.Schema).Write(graph.Nodes, graph.Edges, path);
                    ctx.Out.WriteLine($"Wrote {what}: {result.Nodes:N0} nodes and {result.Relationships:N0} relationships to {result.Files.Count} files in {path}");
                    ctx.Out.WriteLine($"Load into a new Neo4j database with {Path.Combine(path, "neo4j-import.sh")}, or into a running one with {Path.Combine(path, Neo4jLoadCypher.FileName)}");
                    break;
                }
            }
            return CliAction.Ok;
        });
        return command;
    }
}
