using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage.Postgres;
using Traceability.Storage.Sqlite;

namespace Traceability.Storage;

/// <summary>Opens the store the options name.</summary>
public static class GraphStores
{
    public static async Task<IGraphStore> OpenAsync(StorageOptions options, GraphSchema schema, TimeProvider time, CancellationToken ct) =>
        options.Provider switch
        {
            "Sqlite" => await SqliteGraphStore.OpenAsync(options.Path ?? StorageOptions.DefaultSqlitePath, schema, time, ct),
            "Postgres" when string.IsNullOrWhiteSpace(options.ConnectionString) =>
                throw new InvalidOperationException("Storage:Provider is Postgres but Storage:ConnectionString is empty (Host=...;Database=... or postgres://user@host/db)"),
            "Postgres" => await PostgresGraphStore.OpenAsync(options.ConnectionString, schema, time, ct, options.MigrationConnectionString),
            _ => throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is unknown; use Sqlite or Postgres"),
        };
}
