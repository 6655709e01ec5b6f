using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Core.Graph;
using Traceability.Storage;

namespace Traceability.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of neo4j-admin CSV (or one .json file with --format json)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "neo4j-csv or json", DefaultValueFactory = _ => "neo4j-csv" };
        format.AcceptOnlyFromAmong("neo4j-csv", "json");
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Date the data describes, where rows carry no asOf (default: today)" };
        var json = GlobalOptions.Json();
        var command = new Command("import", "Import a graph atomically: every row is checked against graph-schema and nothing is stored if any is wrong")
        {
            paths, format, asOf, json,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var files = ctx.Parse.GetValue(paths)!;
            var store = await ctx.StoreAsync(ct);
            var report = await RunAsync(ctx, files, ctx.Parse.GetValue(format)!, ctx.Parse.GetValue(asOf), ct);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, report);
            else Print(ctx.Out, report, store.Location);
            return CliAction.Ok;
        });
        return command;
    }

    public static async Task<ImportReport> RunAsync(CliContext ctx, IReadOnlyList<string> paths, string format, DateOnly? asOf, CancellationToken ct)
    {
        var importer = ctx.Services.GetRequiredService<GraphImporter>();
        var store = await ctx.StoreAsync(ct);
        var clock = Stopwatch.StartNew();
        ctx.Progress($"reading {string.Join(", ", paths)} ...");
        var batch = importer.Read(paths, format);
        ctx.Progress($"read {batch.Nodes.Count:N0} nodes and {batch.Edges.Count:N0} relationships from {batch.Files.Count} files in {clock.Elapsed.TotalSeconds:F1} s; storing ...");
        clock.Restart();
        var options = new Core.Storage.ImportOptions(asOf ?? DateOnly.FromDateTime(ctx.Time.GetUtcNow().UtcDateTime), Environment.UserName, format,
            CliContext.Audit("importGraph", string.Join(" ", batch.Files.Select(Path.GetFileName))));
        var report = await store.ImportAsync(batch, options, ct);
        ctx.Progress($"stored in {clock.Elapsed.TotalSeconds:F1} s");
        return report;
    }

    public static void Print(TextWriter o, ImportReport r, string location)
    {
        o.WriteLine($"Imported into {location}");
        o.WriteLine($"  nodes:          {r.Nodes.Inserted,9:N0} inserted {r.Nodes.Updated,9:N0} updated {r.Nodes.Unchanged,9:N0} unchanged");
        o.WriteLine($"  relationships:  {r.Relationships.Inserted,9:N0} inserted {r.Relationships.Updated,9:N0} updated {r.Relationships.Unchanged,9:N0} unchanged");
        o.WriteLine($"  graph version:  {r.GraphVersion}{(r.Unchanged ? " (nothing changed)" : "")}, import {r.ImportId}");
    }
}
