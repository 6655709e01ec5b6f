using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Traceability.Core;
using Traceability.Core.Audit;
using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Screening;

namespace Traceability.Storage.Postgres;

public sealed partial class PostgresGraphStore
{
    private static readonly JsonSerializerOptions EntryJson = StoreJson.Options;

    public async Task<(ListVersion Version, bool Added)> SaveListAsync(ParsedList list, string actor, AuditEvent? audit, CancellationToken ct) =>
        await SaveVersionAsync(list.List, list.Format, list.PublicationDate, list.Sha256, list.Files, actor,
            list.Entries.Select(e => (e.EntryId, JsonSerializer.Serialize(e, EntryJson))).ToList(), audit, ct);

    public async Task<(ListVersion Version, bool Added)> SaveDolAsync(IReadOnlyList<DolEntry> entries, string sha256, IReadOnlyList<string> files, string actor, AuditEvent? audit, CancellationToken ct) =>
        await SaveVersionAsync(ListKeys.Dol, "dol", null, sha256, files, actor,
            entries.Select((e, i) => (i.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(e, EntryJson))).ToList(), audit, ct);

    private async Task<(ListVersion, bool)> SaveVersionAsync(string list, string format, string? published, string sha256,
        IReadOnlyList<string> files, string actor, List<(string Id, string Json)> rows, AuditEvent? audit, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LockHeadAsync(conn, tx, ct);
        var existing = (await ReadVersionsAsync(conn, tx, "WHERE list = $1 AND sha256 = $2", ct, list, sha256)).FirstOrDefault();
        if (existing is not null)
        {
            if (audit is not null) await AppendAuditAsync(conn, tx, audit with { Outcome = $"unchanged: version {existing.Id} has the same SHA-256" }, ct);
            await tx.CommitAsync(ct);
            return (existing, false);
        }
        long id;
        await using (var cmd = new NpgsqlCommand("""
            INSERT INTO list_version (list, format, publication_date, sha256, imported_at, actor, entries, files)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
            """, conn, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = list });
            cmd.Parameters.Add(new NpgsqlParameter { Value = format });
            cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)published ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            cmd.Parameters.Add(new NpgsqlParameter { Value = sha256 });
            cmd.Parameters.Add(new NpgsqlParameter { Value = Now() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = actor });
            cmd.Parameters.Add(new NpgsqlParameter { Value = rows.Count });
            cmd.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(files.Select(Path.GetFileName)), NpgsqlDbType = NpgsqlDbType.Jsonb });
            id = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        await using (var w = await conn.BeginBinaryImportAsync("COPY list_entry (version_id, seq, entry_id, data) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(id, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(i, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(rows[i].Id, NpgsqlDbType.Text, ct);
                await w.WriteAsync(rows[i].Json, NpgsqlDbType.Jsonb, ct);
            }
            await w.CompleteAsync(ct);
        }
        await BumpScreeningAsync(conn, tx, ct);
        var version = (await ReadVersionsAsync(conn, tx, "WHERE id = $1", ct, id)).Single();
        if (audit is not null) await AppendAuditAsync(conn, tx, audit with { Target = $"{audit.Target} version {id}" }, ct);
        await tx.CommitAsync(ct);
        return (version, true);
    }

    public async Task<IReadOnlyList<ListVersion>> ListVersionsAsync(CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        return await ReadVersionsAsync(conn, null, "", ct);
    }

    private static async Task<List<ListVersion>> ReadVersionsAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string where, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(
            $"SELECT id, list, format, publication_date, sha256, imported_at, actor, entries, files FROM list_version {where} ORDER BY id DESC", conn, tx);
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        var list = new List<ListVersion>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new ListVersion(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4),
                Utc(r.GetDateTime(5)), r.GetString(6), r.GetInt32(7), JsonSerializer.Deserialize<string[]>(r.GetString(8)) ?? []));
        return list;
    }

    public async Task<IReadOnlyList<ListEntry>> CurrentEntriesAsync(CancellationToken ct)
    {
        await using var cmd = _data.CreateCommand($"""
            SELECT e.data FROM list_entry e
            JOIN (SELECT list, max(id) AS id FROM list_version WHERE list <> '{ListKeys.Dol}' GROUP BY list) v ON e.version_id = v.id
            ORDER BY v.list COLLATE "C", e.seq
            """);
        var list = new List<ListEntry>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(JsonSerializer.Deserialize<ListEntry>(r.GetString(0), EntryJson)!);
        return list;
    }

    public async Task<(IReadOnlyList<DolEntry> Entries, ListVersion Version)?> CurrentDolAsync(CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var version = (await ReadVersionsAsync(conn, tx, $"WHERE list = '{ListKeys.Dol}'", ct)).FirstOrDefault();
        if (version is null) return null;
        await using var cmd = new NpgsqlCommand("SELECT data FROM list_entry WHERE version_id = $1 ORDER BY seq", conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter { Value = version.Id });
        var list = new List<DolEntry>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) list.Add(JsonSerializer.Deserialize<DolEntry>(r.GetString(0), EntryJson)!);
        await tx.CommitAsync(ct);
        return (list, version);
    }

    public async Task<MatchSync> SyncMatchesAsync(IReadOnlyList<NodeMatch> current, AuditEvent? audit, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LockHeadAsync(conn, tx, ct);
        var existing = (await ReadMatchesAsync(conn, tx, "", ct)).ToDictionary(m => (m.Node.Value, m.Entry));
        var now = Now();
        var became = new List<long>();
        var stopped = new List<long>();
        var unchanged = 0;
        var changed = false;
        var seen = new HashSet<(string, string)>();
        foreach (var nm in current)
        {
            var key = (nm.Node.Value, nm.Match.Entry.Reference);
            if (!seen.Add(key)) continue;
            var m = nm.Match;
            var features = JsonSerializer.Serialize(m.Features, EntryJson);
            if (existing.TryGetValue(key, out var old))
            {
                await using var cmd = new NpgsqlCommand("""
                    UPDATE screening_match SET node_name = $1, entry_name = $2, matched_name = $3, blocking = $4, score = $5,
                        features = $6, active = TRUE, last_seen = $7 WHERE id = $8
                    """, conn, tx);
                AddMatchParameters(cmd, nm, features);
                cmd.Parameters.Add(new NpgsqlParameter { Value = now });
                cmd.Parameters.Add(new NpgsqlParameter { Value = old.Id });
                await cmd.ExecuteNonQueryAsync(ct);
                if (!old.Active) { became.Add(old.Id); changed = true; }
                else
                {
                    unchanged++;
                    if (Math.Abs(old.Score - m.Score) > 1e-9) changed = true;
                }
            }
            else
            {
                await using var cmd = new NpgsqlCommand("""
                    INSERT INTO screening_match (node_name, entry_name, matched_name, blocking, score, features, first_seen, last_seen, node_id, entry, active, status)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, TRUE, 'Pending') RETURNING id
                    """, conn, tx);
                AddMatchParameters(cmd, nm, features);
                cmd.Parameters.Add(new NpgsqlParameter { Value = now });
                cmd.Parameters.Add(new NpgsqlParameter { Value = nm.Node.Value });
                cmd.Parameters.Add(new NpgsqlParameter { Value = m.Entry.Reference });
                became.Add((long)(await cmd.ExecuteScalarAsync(ct))!);
                changed = true;
            }
        }
        foreach (var (key, old) in existing)
        {
            if (!old.Active || seen.Contains(key)) continue;
            await ExecAsync(conn, tx, "UPDATE screening_match SET active = FALSE WHERE id = $1", ct, old.Id);
            stopped.Add(old.Id);
            changed = true;
        }
        if (changed) await BumpScreeningAsync(conn, tx, ct);
        var after = (await ReadMatchesAsync(conn, tx, "", ct)).ToDictionary(m => m.Id);
        if (audit is not null)
            await AppendAuditAsync(conn, tx, audit with { Outcome = $"{audit.Outcome}: {became.Count} became matched, {stopped.Count} stopped matching" }, ct);
        await tx.CommitAsync(ct);
        return new MatchSync([.. became.Select(i => after[i])], [.. stopped.Select(i => after[i])], unchanged);
    }

    private static void AddMatchParameters(NpgsqlCommand cmd, NodeMatch nm, string features)
    {
        cmd.Parameters.Add(new NpgsqlParameter { Value = nm.NodeName });
        cmd.Parameters.Add(new NpgsqlParameter { Value = nm.Match.Entry.Name });
        cmd.Parameters.Add(new NpgsqlParameter { Value = nm.Match.MatchedName });
        cmd.Parameters.Add(new NpgsqlParameter { Value = nm.Match.Entry.Blocking });
        cmd.Parameters.Add(new NpgsqlParameter { Value = nm.Match.Score });
        cmd.Parameters.Add(new NpgsqlParameter { Value = features, NpgsqlDbType = NpgsqlDbType.Jsonb });
    }

    public async Task<IReadOnlyList<MatchRecord>> GetMatchesAsync(bool pendingOnly, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        return await ReadMatchesAsync(conn, null, pendingOnly ? "WHERE active AND status = 'Pending'" : "", ct);
    }

    public async Task<MatchRecord> DecideAsync(long id, MatchStatus decision, string note, string actor, AuditEvent? audit, CancellationToken ct)
    {
        if (decision == MatchStatus.Pending) throw new QueryException("decision", "must be confirmed or rejected");
        if (string.IsNullOrWhiteSpace(note)) throw new QueryException("note", "a decision needs a note saying why");
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LockHeadAsync(conn, tx, ct);
        var now = Now();
        await using (var cmd = new NpgsqlCommand("UPDATE screening_match SET status = $1, note = $2, decided_by = $3, decided_at = $4 WHERE id = $5", conn, tx))
        {
            foreach (var v in new object[] { decision.ToString(), note, actor, now, id }) cmd.Parameters.Add(new NpgsqlParameter { Value = v });
            if (await cmd.ExecuteNonQueryAsync(ct) == 0) throw new NotFoundException("match", id.ToString(CultureInfo.InvariantCulture));
        }
        await ExecAsync(conn, tx, "INSERT INTO match_decision (match_id, status, note, actor, at) VALUES ($1, $2, $3, $4, $5)", ct,
            id, decision.ToString(), note, actor, now);
        await BumpScreeningAsync(conn, tx, ct);
        var record = (await ReadMatchesAsync(conn, tx, "WHERE id = " + id.ToString(CultureInfo.InvariantCulture), ct)).Single();
        if (audit is not null) await AppendAuditAsync(conn, tx, audit, ct);
        await tx.CommitAsync(ct);
        return record;
    }

    public async Task<long> ScreeningVersionAsync(CancellationToken ct)
    {
        await using var cmd = _data.CreateCommand("SELECT screening_version FROM store_head");
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static Task BumpScreeningAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct) =>
        ExecAsync(conn, tx, "UPDATE store_head SET screening_version = screening_version + 1", ct);

    private static async Task<List<MatchRecord>> ReadMatchesAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string where, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"""
            SELECT id, node_id, node_name, entry, entry_name, matched_name, blocking, score, features, active, status, note, decided_by,
                decided_at, first_seen, last_seen FROM screening_match {where} ORDER BY id DESC
            """, conn, tx);
        var list = new List<MatchRecord>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new MatchRecord(r.GetInt64(0), new NodeId(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                r.GetBoolean(6), r.GetDouble(7), JsonSerializer.Deserialize<FeatureScore[]>(r.GetString(8), EntryJson) ?? [], r.GetBoolean(9),
                Enum.Parse<MatchStatus>(r.GetString(10)), r.IsDBNull(11) ? null : r.GetString(11), r.IsDBNull(12) ? null : r.GetString(12),
                r.IsDBNull(13) ? null : Utc(r.GetDateTime(13)), Utc(r.GetDateTime(14)), Utc(r.GetDateTime(15))));
        return list;
    }
}
