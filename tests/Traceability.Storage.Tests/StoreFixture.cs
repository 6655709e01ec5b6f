using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage;
using Traceability.Storage.Sqlite;
using Traceability.Tests;

namespace Traceability.Storage.Tests;

/// <summary>Opens SQLite stores in a temp folder and imports files into them.</summary>
internal static class StoreFixture
{
    public static readonly DateOnly AsOf = new(2026, 11, 1);

    public static Task<SqliteGraphStore> OpenAsync(TempDirectory dir, string name = "graph.db") =>
        SqliteGraphStore.OpenAsync(dir.File(name), GraphSchema.Default, TimeProvider.System, CancellationToken.None);

    public static Task<ImportReport> ImportAsync(IGraphStore store, params string[] paths) =>
        new GraphImporter(GraphSchema.Default, TimeProvider.System)
            .ImportAsync(store, paths, "neo4j-csv", "test", AsOf, CancellationToken.None);

    /// <summary>Digest of everything an import could change: graph, provenance, version, import log.</summary>
    public static async Task<string> StateAsync(IGraphStore store)
    {
        var digest = await GraphDigest.ComputeAsync(store, withProvenance: true, CancellationToken.None);
        var version = await store.GetGraphVersionAsync(CancellationToken.None);
        var imports = await store.ListImportsAsync(int.MaxValue, CancellationToken.None);
        return $"{digest}/{version}/{imports.Count}";
    }
}
