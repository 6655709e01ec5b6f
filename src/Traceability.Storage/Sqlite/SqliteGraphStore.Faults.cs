using Traceability.Core.Graph;
using Traceability.Core.Storage;

namespace Traceability.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <exception cref="StorageFaultException">Disk full, read-only, no write permission or a damaged file; nothing was stored.</exception>
    public async Task<ImportReport> ImportAsync(GraphBatch batch, ImportOptions options, CancellationToken ct)
    {
        try
        {
            return await ImportCoreAsync(batch, options, ct);
        }
        catch (Exception e) when (e is not StorageFaultException && StorageFaults.Translate(e, Location) is { } fault)
        {
            throw fault;
        }
    }
}
