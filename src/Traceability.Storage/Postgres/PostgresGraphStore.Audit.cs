using Npgsql;
using Traceability.Core.Audit;

namespace Traceability.Storage.Postgres;

public sealed partial class PostgresGraphStore
{
    public async Task<AuditRecord> AppendAsync(AuditEvent e, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var record = await AppendAuditAsync(conn, tx, e, ct);
        await tx.CommitAsync(ct);
        return record;
    }

    public async Task<IReadOnlyList<AuditRecord>> AppendManyAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var records = await AppendAuditAsync(conn, tx, events, ct);
        await tx.CommitAsync(ct);
        return records;
    }

    // Appends within the caller's transaction: the change and its record commit or roll back together.
    private async Task<AuditRecord> AppendAuditAsync(NpgsqlConnection conn, NpgsqlTransaction tx, AuditEvent e, CancellationToken ct) =>
        (await AppendAuditAsync(conn, tx, [e], ct))[0];

    // The head row lock makes the read of the head, the inserts and the head update one step for every process on the
    // database. A batch locks the head once and sends its inserts and the head update in one round trip.
    private async Task<AuditRecord[]> AppendAuditAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        var head = await LockHeadAsync(conn, tx, ct);
        var (seq, prev) = (head.AuditSequence, head.AuditHash);
        var records = new AuditRecord[events.Count];
        await using var batch = new NpgsqlBatch(conn, tx);
        for (var i = 0; i < events.Count; i++)
        {
            var record = records[i] = AuditChain.Seal(Storable(events[i]), ++seq, Now(), prev);
            var insert = new NpgsqlBatchCommand("""
                INSERT INTO audit (seq, at, actor, role, action, target, origin, outcome, prev_hash, hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """);
            foreach (var v in new object[] { record.Sequence, record.At, record.Actor, record.Role, record.Action, record.Target, record.Origin,
                         record.Outcome, record.PreviousHash, record.Hash })
                insert.Parameters.Add(new NpgsqlParameter { Value = v });
            batch.BatchCommands.Add(insert);
            prev = record.Hash;
        }
        var update = new NpgsqlBatchCommand("UPDATE store_head SET audit_seq = $1, audit_hash = $2");
        update.Parameters.Add(new NpgsqlParameter { Value = seq });
        update.Parameters.Add(new NpgsqlParameter { Value = prev });
        batch.BatchCommands.Add(update);
        await batch.ExecuteNonQueryAsync(ct);
        return records;
    }

    // PostgreSQL text cannot hold NUL; a request may carry one in an id. The record (and its hash) keeps U+FFFD instead.
    private static AuditEvent Storable(AuditEvent e) =>
        new(Clean(e.Actor), Clean(e.Role), Clean(e.Action), Clean(e.Target), Clean(e.Origin), Clean(e.Outcome));

    private static string Clean(string s) => s.Contains('\0', StringComparison.Ordinal) ? s.Replace('\0', '\uFFFD') : s;

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSequence, int limit, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        return await ReadAuditAsync(conn, null, afterSequence, limit, "seq", ct);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        long seq;
        string hash;
        await using (var cmd = new NpgsqlCommand("SELECT audit_seq, audit_hash FROM store_head", conn, tx))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            await r.ReadAsync(ct);
            (seq, hash) = (r.GetInt64(0), r.GetString(1));
        }
        var records = await ReadAuditAsync(conn, tx, 0, int.MaxValue, "pos", ct);
        await tx.CommitAsync(ct);
        return AuditChain.Verify(records, seq, hash);
    }

    // In stored order (pos) when verifying, so that a reordering cannot hide behind ORDER BY seq.
    private static async Task<List<AuditRecord>> ReadAuditAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long after, int limit, string order, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            $"SELECT seq, at, actor, role, action, target, origin, outcome, prev_hash, hash FROM audit WHERE seq > $1 ORDER BY {order} LIMIT $2", conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter { Value = after });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (long)limit });
        var list = new List<AuditRecord>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new AuditRecord(r.GetInt64(0), Utc(r.GetDateTime(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9)));
        return list;
    }
}
