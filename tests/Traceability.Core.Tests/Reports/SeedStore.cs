using Traceability.Core.Audit;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Schema;
using Traceability.Storage;
using Traceability.Storage.Sqlite;
using Traceability.Tests;

namespace Traceability.Core.Tests.Reports;

/// <summary>A SQLite file holding the demo network, for tests that store evidence.</summary>
internal sealed class SeedStore : IAsyncDisposable
{
    private readonly TempDirectory _dir;

    private SeedStore(TempDirectory dir, SqliteGraphStore store, RiskIndex risk)
    {
        _dir = dir;
        Store = store;
        Risk = risk;
    }

    public SqliteGraphStore Store { get; }

    public RiskIndex Risk { get; }

    public TempDirectory Dir => _dir;

    public static async Task<SeedStore> OpenAsync()
    {
        var dir = new TempDirectory();
        var store = await SqliteGraphStore.OpenAsync(dir.File("seed.db"), GraphSchema.Default, TimeProvider.System, CancellationToken.None);
        await new GraphImporter(GraphSchema.Default, TimeProvider.System)
            .ImportAsync(store, [RepoPaths.SeedGraph], "neo4j-csv", "test", new DateOnly(2026, 11, 1), CancellationToken.None);
        var snapshot = await Snapshots.SnapshotBuilder.LoadAsync(store, CancellationToken.None);
        return new SeedStore(dir, store, RuleEngine.Evaluate(snapshot, SeedGraph.Lists));
    }

    public async Task AddAsync(string node, string kind, string? date, string title = "document")
    {
        var d = date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        await Store.AddEvidenceAsync([new EvidenceDraft(new NodeId(node), kind, title, d, "auditor", null, null, null)], "test",
            new AuditEvent("test", "test", "addEvidence", node, "test", "ok"), CancellationToken.None);
    }

    public Task<IReadOnlyList<EvidenceItem>> EvidenceAsync() => Store.ListEvidenceAsync(null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _dir.Dispose();
    }
}
