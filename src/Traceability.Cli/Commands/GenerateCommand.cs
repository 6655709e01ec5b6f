using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Traceability.Storage.Generation;

namespace Traceability.Cli.Commands;

internal static class GenerateCommand
{
    private const int DefaultProducts = 100;

    public static Command Create()
    {
        var products = new Option<int?>("--products") { Description = $"Number of finished products; the network scales with it (default {DefaultProducts})" };
        var nodes = new Option<int?>("--nodes") { Description = "Approximate total node count (instead of --products)" };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and size give byte-identical files", DefaultValueFactory = _ => 42 };
        var density = new Option<double?>("--relationships-per-node")
        {
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Relationships per node to aim for, {GeneratorOptions.MinRelationshipsPerNode} to {GeneratorOptions.MaxRelationshipsPerNode}: the same nodes, more suppliers per buyer and more shareholders (default: as drawn, about 2.4)"),
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
                r.AddError($"--relationships-per-node: '{text}' is not a number (e.g. 5 or 4.5)");
                return null;
            },
        };
        var output = new Option<string>("--out") { Description = "Folder to write nodes-<Label>.csv and rels-<TYPE>.csv into", Required = true };
        var json = GlobalOptions.Json();
        var command = new Command("generate", "Generate a synthetic supply network as neo4j-admin CSV (load it with 'import')")
        {
            products, nodes, seed, density, output, json,
        };
        CliAction.Set(command, (ctx, ct) =>
        {
            var options = Options(ctx.Parse.GetValue(products), ctx.Parse.GetValue(nodes), ctx.Parse.GetValue(seed), ctx.Parse.GetValue(density));
            var folder = ctx.Parse.GetValue(output)!;
            var generator = new NetworkGenerator(options);
            var clock = Stopwatch.StartNew();
            var big = generator.PlannedNodes >= 100_000;
            var progress = big ? new SyncProgress(m => ctx.Progress($"[{clock.Elapsed.TotalSeconds,5:F1} s] {m}")) : null;
            var result = generator.Generate(folder, progress, ct);
            var seconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
            if (big) ctx.Progress($"done in {seconds:F1} s");
            if (ctx.Parse.GetValue(json))
            {
                CliJson.Write(ctx.Out, new
                {
                    folder,
                    result.Seed,
                    result.Products,
                    result.Nodes,
                    result.Relationships,
                    nodesByLabel = result.NodesByLabel,
                    relationshipsByType = result.RelationshipsByType,
                    files = result.Files.Select(Path.GetFileName),
                    seconds,
                });
            }
            else Print(ctx.Out, result, folder, seconds);
            return Task.FromResult(CliAction.Ok);
        });
        return command;
    }

    private static GeneratorOptions Options(int? products, int? nodes, int seed, double? relationshipsPerNode)
    {
        if (products is not null && nodes is not null) throw new UsageException("give --products or --nodes, not both");
        if (products is <= 0 or > GeneratorOptions.MaxProducts) throw new UsageException($"--products must be between 1 and {GeneratorOptions.MaxProducts:N0} (got {products})");
        if (nodes is <= 0 or > GeneratorOptions.MaxNodes) throw new UsageException($"--nodes must be between 1 and {GeneratorOptions.MaxNodes:N0} (got {nodes})");
        if (relationshipsPerNode is { } r && !(r >= GeneratorOptions.MinRelationshipsPerNode && r <= GeneratorOptions.MaxRelationshipsPerNode))
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"--relationships-per-node must be between {GeneratorOptions.MinRelationshipsPerNode} and {GeneratorOptions.MaxRelationshipsPerNode} (got {r})"));
        return new GeneratorOptions { Products = products ?? (nodes is null ? DefaultProducts : null), Nodes = nodes, Seed = seed, RelationshipsPerNode = relationshipsPerNode };
    }

    private static void Print(TextWriter o, GenerationResult r, string folder, double seconds)
    {
        o.WriteLine($"Generated {r.Products:N0} products (seed {r.Seed}) into {folder} in {seconds:F1} s");
        o.WriteLine($"  {r.Nodes:N0} nodes");
        foreach (var (label, n) in r.NodesByLabel) o.WriteLine($"    {label,-14}{n,12:N0}");
        o.WriteLine($"  {r.Relationships:N0} relationships ({(double)r.Relationships / Math.Max(1, r.Nodes):F2} per node, mean degree {2.0 * r.Relationships / Math.Max(1, r.Nodes):F2})");
        foreach (var (type, n) in r.RelationshipsByType) o.WriteLine($"    {type,-14}{n,12:N0}");
        o.WriteLine($"Load with: traceability import {folder}");
    }

    // Progress<T> posts to the thread pool; this reports on the calling thread, in order.
    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
