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
        var records = await AppendAuditAsync(conn, tx, events, ct);
        await tx.CommitAsync(ct);
        return records;
    }

    // Appends within the caller's transaction: the change and its record commit or roll back together.
    internal async Task<AuditRecord> AppendAuditAsync(SqliteConnection conn, SqliteTransaction tx, AuditEvent e, CancellationToken ct) =>
        (await AppendAuditAsync(conn, tx, [e], ct))[0];

    // A batch reads the chain's head once, inserts every record with one prepared statement, and moves the head once.
    private async Task<AuditRecord[]> AppendAuditAsync(SqliteConnection conn, SqliteTransaction tx, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        var seq = long.Parse(await GetMetaAsync(conn, tx, "audit_head_seq", ct) ?? "0", CultureInfo.InvariantCulture);
        var prev = await GetMetaAsync(conn, tx, "audit_head_hash", ct) ?? AuditChain.Genesis;
        var records = new AuditRecord[events.Count];
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO audit (seq, at, actor, role, action, target, origin, outcome, prev_hash, hash)
                VALUES ($seq, $at, $actor, $role, $action, $target, $origin, $outcome, $prev, $hash)
                """;
            var p = new[] { "$seq", "$at", "$actor", "$role", "$action", "$target", "$origin", "$outcome", "$prev", "$hash" }
                .Select(name => cmd.Parameters.Add(name, name == "$seq" ? SqliteType.Integer : SqliteType.Text)).ToArray();
            for (var i = 0; i < events.Count; i++)
            {
                var record = records[i] = AuditChain.Seal(events[i], ++seq, _time.GetUtcNow(), prev);
                p[0].Value = record.Sequence;
                p[1].Value = record.At.ToString("O", CultureInfo.InvariantCulture);
                p[2].Value = record.Actor;
                p[3].Value = record.Role;
                p[4].Value = record.Action;
                p[5].Value = record.Target;
                p[6].Value = record.Origin;
                p[7].Value = record.Outcome;
                p[8].Value = record.PreviousHash;
                p[9].Value = record.Hash;
                await cmd.ExecuteNonQueryAsync(ct);
                prev = record.Hash;
            }
        }
        await SetMetaAsync(conn, tx, "audit_head_seq", seq.ToString(CultureInfo.InvariantCulture), ct);
        await SetMetaAsync(conn, tx, "audit_head_hash", prev, ct);
        return records;
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
