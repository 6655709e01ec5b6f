using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;
using Traceability.Storage;
using Traceability.Storage.Reference;
using Traceability.Storage.Sqlite;
using Traceability.Tests;

namespace Traceability.Core.Tests;

/// <summary>The demo network of seed-data, imported into a SQLite file once per test run, with the shipped lists.</summary>
internal static class SeedGraph
{
    private static readonly Lazy<Task<RiskIndex>> Index = new(LoadAsync);

    public static Task<RiskIndex> RiskAsync() => Index.Value;

    public static ReferenceLists Lists => ReferenceListReader.ReadFolder(Path.Combine(RepoPaths.SeedData, "lists"));

    private static async Task<RiskIndex> LoadAsync()
    {
        var dir = new TempDirectory();
        await using var store = await SqliteGraphStore.OpenAsync(dir.File("seed.db"), Schema.GraphSchema.Default, TimeProvider.System, CancellationToken.None);
        await new GraphImporter(Schema.GraphSchema.Default, TimeProvider.System)
            .ImportAsync(store, [RepoPaths.SeedGraph], "neo4j-csv", "test", new DateOnly(2026, 11, 1), CancellationToken.None);
        var snapshot = await SnapshotBuilder.LoadAsync(store, CancellationToken.None);
        return RuleEngine.Evaluate(snapshot, Lists);
    }
}
