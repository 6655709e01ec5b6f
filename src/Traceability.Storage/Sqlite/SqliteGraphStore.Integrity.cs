using System.Globalization;
using Traceability.Core.Storage;
using Traceability.Storage.Integrity;
using Traceability.Storage.Schema;

namespace Traceability.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IntegrityReport> CheckIntegrityAsync(CancellationToken ct)
    {
        var checks = new List<IntegrityCheck>();
        await using (var conn = await ConnectAsync(ct))
        await using (var tx = conn.BeginTransaction(deferred: true))
        {
            var pages = (await GraphConsistency.RowsAsync(conn, tx, "PRAGMA integrity_check(20)", r => r.GetString(0), ct))
                .SelectMany(p => p.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var ok = pages is ["ok"];
            var size = await GraphConsistency.ScalarAsync(conn, tx, "PRAGMA page_count", ct);
            checks.Add(new("sqlite integrity_check", ok, ok ? $"{size:N0} pages, b-trees and indexes consistent" : string.Join("; ", pages.Take(5))));

            var keys = await GraphConsistency.RowsAsync(conn, tx, "PRAGMA foreign_key_check",
                r => $"{r.GetString(0)} row {(r.IsDBNull(1) ? "?" : r.GetInt64(1).ToString(CultureInfo.InvariantCulture))} -> {r.GetString(2)}", ct);
            checks.Add(new("foreign keys", keys.Count == 0, keys.Count == 0 ? "every reference resolves" : $"{keys.Count:N0} broken references: " + string.Join("; ", keys.Take(5))));

            var indexes = await GraphConsistency.RowsAsync(conn, tx, "SELECT name FROM sqlite_master WHERE type = 'index'", r => r.GetString(0), ct);
            checks.Add(GraphConsistency.Indexes(SchemaScripts.Sql(_schema, SqlDialect.Sqlite), indexes));

            var version = long.Parse(await GetMetaAsync(conn, tx, "graph_version", ct) ?? "0", CultureInfo.InvariantCulture);
            checks.AddRange(await GraphConsistency.CheckAsync(conn, tx, version, ct));
        }
        checks.Add(GraphConsistency.Audit(await VerifyAsync(ct)));
        return new IntegrityReport(Location, checks);
    }
}
