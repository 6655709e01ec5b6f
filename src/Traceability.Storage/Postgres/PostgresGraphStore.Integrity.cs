using Npgsql;
using Traceability.Core.Storage;
using Traceability.Storage.Integrity;
using Traceability.Storage.Schema;

namespace Traceability.Storage.Postgres;

public sealed partial class PostgresGraphStore
{
    public async Task<IntegrityReport> CheckIntegrityAsync(CancellationToken ct)
    {
        var checks = new List<IntegrityCheck>();
        await using (var conn = await _data.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct))
        {
            var heads = await GraphConsistency.ScalarAsync(conn, tx, "SELECT count(*) FROM store_head", ct);
            checks.Add(new("one store head", heads == 1, heads == 1 ? "graph version, screening version and audit head in one row" : $"store_head has {heads} rows"));
            var indexes = await GraphConsistency.RowsAsync(conn, tx, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()", r => r.GetString(0), ct);
            checks.Add(GraphConsistency.Indexes(SchemaScripts.Sql(_schema, SqlDialect.Postgres), indexes));
            long version;
            await using (var cmd = new NpgsqlCommand("SELECT coalesce(max(graph_version), 0) FROM store_head", conn, tx))
                version = (long)(await cmd.ExecuteScalarAsync(ct))!;
            checks.AddRange(await GraphConsistency.CheckAsync(conn, tx, version, ct));
            await tx.CommitAsync(ct);
        }
        checks.Add(GraphConsistency.Audit(await VerifyAsync(ct)));
        return new IntegrityReport(Location, checks);
    }
}
