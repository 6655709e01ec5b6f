using System.CommandLine;
using Traceability.Storage.Json;
using Traceability.Storage.Neo4j;

namespace Traceability.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "neo4j-csv (a folder of files plus Cypher constraints) or json (one file)", DefaultValueFactory = _ => "neo4j-csv" };
        format.AcceptOnlyFromAmong("neo4j-csv", "json");
        var output = new Option<string>("--out") { Description = "Folder (neo4j-csv) or file (json) to write", Required = true };
        var command = new Command("export", "Export the whole graph") { format, output };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var store = await ctx.StoreAsync(ct);
            var path = ctx.Parse.GetValue(output)!;
            if (ctx.Parse.GetValue(format) == "json")
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(path));
                if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
                await using var stream = File.Create(path);
                var (nodes, rels) = await new GraphJsonExporter(ctx.Schema).ExportAsync(store, stream, ct);
                ctx.Out.WriteLine($"Wrote {nodes:N0} nodes and {rels:N0} relationships to {path}");
            }
            else
            {
                var result = await new Neo4jCsvExporter(ctx.Schema).ExportAsync(store, path, ct);
                ctx.Out.WriteLine($"Wrote {result.Nodes:N0} nodes and {result.Relationships:N0} relationships to {result.Files.Count} files in {path}");
                ctx.Out.WriteLine($"Load into Neo4j with {Path.Combine(path, "neo4j-import.sh")}");
            }
            return CliAction.Ok;
        });
        return command;
    }
}
