using System.Globalization;
using Microsoft.Data.Sqlite;
using Traceability.Core.Audit;

namespace Traceability.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<AuditRecord> AppendAsync(AuditEvent e, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        var record = await AppendAuditAsync(conn, tx, e, ct);
        await tx.CommitAsync(ct);
        return record;
    }

    public async Task<IReadOnlyList<AuditRecord>> AppendManyAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        var records = new AuditRecord[events.Count];
        for (var i = 0; i < events.Count; i++) records[i] = await AppendAuditAsync(conn, tx, events[i], ct);
        await tx.CommitAsync(ct);
        return records;
    }

    // Appends within the caller's transaction: the change and its record commit or roll back together.
    internal async Task<AuditRecord> AppendAuditAsync(SqliteConnection conn, SqliteTransaction tx, AuditEvent e, CancellationToken ct)
    {
        var seq = long.Parse(await GetMetaAsync(conn, tx, "audit_head_seq", ct) ?? "0", CultureInfo.InvariantCulture);
        var prev = await GetMetaAsync(conn, tx, "audit_head_hash", ct) ?? AuditChain.Genesis;
        var record = AuditChain.Seal(e, seq + 1, _time.GetUtcNow(), prev);
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO audit (seq, at, actor, role, action, target, origin, outcome, prev_hash, hash)
                VALUES ($seq, $at, $actor, $role, $action, $target, $origin, $outcome, $prev, $hash)
                """;
            cmd.Parameters.AddWithValue("$seq", record.Sequence);
            cmd.Parameters.AddWithValue("$at", record.At.ToString("O", CultureInfo.InvariantCulture));
            cmd.Parameters.AddWithValue("$actor", record.Actor);
            cmd.Parameters.AddWithValue("$role", record.Role);
            cmd.Parameters.AddWithValue("$action", record.Action);
            cmd.Parameters.AddWithValue("$target", record.Target);
            cmd.Parameters.AddWithValue("$origin", record.Origin);
            cmd.Parameters.AddWithValue("$outcome", record.Outcome);
            cmd.Parameters.AddWithValue("$prev", record.PreviousHash);
            cmd.Parameters.AddWithValue("$hash", record.Hash);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await SetMetaAsync(conn, tx, "audit_head_seq", record.Sequence.ToString(CultureInfo.InvariantCulture), ct);
        await SetMetaAsync(conn, tx, "audit_head_hash", record.Hash, ct);
        return record;
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSequence, int limit, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        var list = new List<AuditRecord>();
        await foreach (var r in ReadAuditAsync(conn, null, afterSequence, limit, ct)) list.Add(r);
        return list;
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await using var tx = conn.BeginTransaction(deferred: true);
        var seq = long.Parse(await GetMetaAsync(conn, tx, "audit_head_seq", ct) ?? "0", CultureInfo.InvariantCulture);
        var hash = await GetMetaAsync(conn, tx, "audit_head_hash", ct) ?? AuditChain.Genesis;
        var records = new List<AuditRecord>();
        await foreach (var r in ReadAuditAsync(conn, tx, 0, int.MaxValue, ct, byRowid: true)) records.Add(r);
        return AuditChain.Verify(records, seq, hash);
    }

    // In stored order (rowid) when verifying, so that a reordering cannot hide behind ORDER BY seq.
    private static async IAsyncEnumerable<AuditRecord> ReadAuditAsync(SqliteConnection conn, SqliteTransaction? tx, long after, int limit,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct, bool byRowid = false)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT seq, at, actor, role, action, target, origin, outcome, prev_hash, hash FROM audit WHERE seq > $after ORDER BY {(byRowid ? "rowid" : "seq")} LIMIT $limit";
        cmd.Parameters.AddWithValue("$after", after);
        cmd.Parameters.AddWithValue("$limit", limit);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            yield return new AuditRecord(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetString(3),
                r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9));
    }
}
