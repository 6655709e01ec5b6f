using System.Diagnostics;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Schema;
using Traceability.Core.Snapshots;
using Traceability.Storage;
using Traceability.Storage.Generation;
using Traceability.Storage.Sqlite;

namespace Traceability.Cli.Bench;

/// <summary>
/// A generated network, imported into SQLite and loaded as a snapshot; reused across runs from the work folder.
/// Networks have about <see cref="RelationshipsPerNode"/> relationships per node, as issue 9 asks (the generator's
/// natural density is about 2.4); the folder name says so, so networks of another density are never reused.
/// </summary>
internal sealed class BenchData : IAsyncDisposable
{
    public const double RelationshipsPerNode = 5;

    private BenchData(string size, int nodes, string folder, SqliteGraphStore store, RiskIndex risk, TimeSpan importTime)
    {
        Size = size;
        Nodes = nodes;
        Folder = folder;
        Store = store;
        Risk = risk;
        ImportTime = importTime;
    }

    public string Size { get; }
    public int Nodes { get; }
    public string Folder { get; }
    public SqliteGraphStore Store { get; }
    public RiskIndex Risk { get; }
    public GraphSnapshot Graph => Risk.Graph;
    public TimeSpan ImportTime { get; }

    public static int NodesOf(string size) => size.ToLowerInvariant() switch
    {
        "10k" => 10_000,
        "100k" => 100_000,
        "1m" => 1_000_000,
        _ => throw new UsageException($"--size: '{size}' is not 10k, 100k or 1m"),
    };

    public static async Task<BenchData> PrepareAsync(string size, string workdir, ReferenceLists lists, TextWriter log, CancellationToken ct)
    {
        var nodes = NodesOf(size);
        var folder = Path.Combine(workdir, $"net-{size}-seed42-r{RelationshipsPerNode:0}");
        if (!File.Exists(Path.Combine(folder, "done")))
        {
            log.WriteLine($"generating {size} network in {folder} ...");
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
            new NetworkGenerator(new GeneratorOptions { Nodes = nodes, Seed = 42, RelationshipsPerNode = RelationshipsPerNode }).Generate(Path.Combine(folder, "csv"), null, ct);
            File.WriteAllText(Path.Combine(folder, "done"), "");
        }
        var db = Path.Combine(folder, "graph.db");
        var importTime = TimeSpan.Zero;
        var fresh = !File.Exists(db);
        var store = await SqliteGraphStore.OpenAsync(db, GraphSchema.Default, TimeProvider.System, ct);
        if (fresh || (await store.CountAsync(ct)).Nodes == 0)
        {
            log.WriteLine($"importing {size} network into {db} ...");
            var sw = Stopwatch.StartNew();
            await new GraphImporter(GraphSchema.Default, TimeProvider.System).ImportAsync(store, [Path.Combine(folder, "csv")], "neo4j-csv", "bench", null, ct);
            importTime = sw.Elapsed;
        }
        var snapshot = await SnapshotBuilder.LoadAsync(store, ct);
        var risk = RuleEngine.Evaluate(snapshot, lists);
        return new BenchData(size, nodes, folder, store, risk, importTime);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
