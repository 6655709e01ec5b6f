using Traceability.Core.Schema;
using Traceability.Core.Snapshots;
using Traceability.Storage.Generation;
using Traceability.Storage.Neo4j;

namespace Traceability.Benchmarks;

/// <summary>Generated networks (the seeded generator of `traceability generate`) as in-memory snapshots, made once per size.</summary>
internal static class Networks
{
    private static readonly Dictionary<int, GraphSnapshot> Made = [];

    public static GraphSnapshot Of(int nodes)
    {
        lock (Made)
        {
            if (Made.TryGetValue(nodes, out var g)) return g;
            var folder = Path.Combine(Path.GetTempPath(), "traceability-benchmarks", $"net-{nodes}-seed42");
            if (!File.Exists(Path.Combine(folder, "done")))
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, true);
                new NetworkGenerator(new GeneratorOptions { Nodes = nodes, Seed = 42 }).Generate(folder);
                File.WriteAllText(Path.Combine(folder, "done"), "");
            }
            var batch = new Neo4jCsvReader(GraphSchema.Default).Read([folder]);
            var builder = new SnapshotBuilder();
            foreach (var (node, _) in batch.Nodes) builder.Add(node);
            foreach (var (edge, _) in batch.Edges) builder.Add(edge);
            return Made[nodes] = builder.Build(1);
        }
    }
}
