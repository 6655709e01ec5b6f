using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage.Sqlite;

namespace Traceability.Storage;

/// <summary>Opens the store the options name.</summary>
public static class GraphStores
{
    public static async Task<IGraphStore> OpenAsync(StorageOptions options, GraphSchema schema, TimeProvider time, CancellationToken ct) =>
        options.Provider switch
        {
            "Sqlite" => await SqliteGraphStore.OpenAsync(options.Path ?? StorageOptions.DefaultSqlitePath, schema, time, ct),
            _ => throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not available in this build; use Sqlite"),
        };
}
