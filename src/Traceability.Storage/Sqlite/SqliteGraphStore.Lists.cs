using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Traceability.Core;
using Traceability.Core.Audit;
using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Screening;

namespace Traceability.Storage.Sqlite;

public sealed partial class SqliteGraphStore
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
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        var existing = (await ReadVersionsAsync(conn, tx, "WHERE list = $list AND sha256 = $sha", ct, ("$list", list), ("$sha", sha256))).FirstOrDefault();
        if (existing is not null)
        {
            if (audit is not null) await AppendAuditAsync(conn, tx, audit with { Outcome = $"unchanged: version {existing.Id} has the same SHA-256" }, ct);
            await tx.CommitAsync(ct);
            return (existing, false);
        }
        long id;
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO list_version (list, format, publication_date, sha256, imported_at, actor, entries, files)
                VALUES ($list, $format, $pub, $sha, $at, $actor, $n, $files) RETURNING id
                """;
            cmd.Parameters.AddWithValue("$list", list);
            cmd.Parameters.AddWithValue("$format", format);
            cmd.Parameters.AddWithValue("$pub", (object?)published ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$sha", sha256);
            cmd.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            cmd.Parameters.AddWithValue("$actor", actor);
            cmd.Parameters.AddWithValue("$n", rows.Count);
            cmd.Parameters.AddWithValue("$files", JsonSerializer.Serialize(files.Select(System.IO.Path.GetFileName)));
            id = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO list_entry (version_id, seq, entry_id, data) VALUES ($v, $seq, $id, $data)";
            cmd.Parameters.AddWithValue("$v", id);
            var pSeq = cmd.Parameters.Add("$seq", SqliteType.Integer);
            var pId = cmd.Parameters.Add("$id", SqliteType.Text);
            var pData = cmd.Parameters.Add("$data", SqliteType.Text);
            cmd.Prepare();
            for (var i = 0; i < rows.Count; i++)
            {
                pSeq.Value = i;
                pId.Value = rows[i].Id;
                pData.Value = rows[i].Json;
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }
        await BumpScreeningAsync(conn, tx, ct);
        var version = (await ReadVersionsAsync(conn, tx, "WHERE id = $id", ct, ("$id", id))).Single();
        if (audit is not null) await AppendAuditAsync(conn, tx, audit with { Target = $"{audit.Target} version {id}" }, ct);
        await tx.CommitAsync(ct);
        return (version, true);
    }

    public async Task<IReadOnlyList<ListVersion>> ListVersionsAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        return await ReadVersionsAsync(conn, null, "", ct);
    }

    private static async Task<List<ListVersion>> ReadVersionsAsync(SqliteConnection conn, SqliteTransaction? tx, string where, CancellationToken ct, params (string, object)[] args)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT id, list, format, publication_date, sha256, imported_at, actor, entries, files FROM list_version {where} ORDER BY id DESC";
        foreach (var (k, v) in args) cmd.Parameters.AddWithValue(k, v);
        var list = new List<ListVersion>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new ListVersion(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4),
                DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture), r.GetString(6), r.GetInt32(7),
                JsonSerializer.Deserialize<string[]>(r.GetString(8)) ?? []));
        return list;
    }

    public async Task<IReadOnlyList<ListEntry>> CurrentEntriesAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = $"""
            SELECT e.data FROM list_entry e
            JOIN (SELECT list, max(id) AS id FROM list_version WHERE list <> '{ListKeys.Dol}' GROUP BY list) v ON e.version_id = v.id
            ORDER BY v.list, e.seq
            """;
        var list = new List<ListEntry>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(JsonSerializer.Deserialize<ListEntry>(r.GetString(0), EntryJson)!);
        return list;
    }

    public async Task<(IReadOnlyList<DolEntry> Entries, ListVersion Version)?> CurrentDolAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        var version = (await ReadVersionsAsync(conn, null, $"WHERE list = '{ListKeys.Dol}'", ct)).FirstOrDefault();
        if (version is null) return null;
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT data FROM list_entry WHERE version_id = $v ORDER BY seq";
        cmd.Parameters.AddWithValue("$v", version.Id);
        var list = new List<DolEntry>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(JsonSerializer.Deserialize<DolEntry>(r.GetString(0), EntryJson)!);
        return (list, version);
    }

    public async Task<MatchSync> SyncMatchesAsync(IReadOnlyList<NodeMatch> current, AuditEvent? audit, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        var existing = (await ReadMatchesAsync(conn, tx, "", ct)).ToDictionary(m => (m.Node.Value, m.Entry));
        var now = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
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
                using var cmd = conn.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = """
                    UPDATE screening_match SET node_name = $nn, entry_name = $en, matched_name = $mn, blocking = $b, score = $s,
                        features = $f, active = 1, last_seen = $now WHERE id = $id
                    """;
                AddMatchParameters(cmd, nm, features);
                cmd.Parameters.AddWithValue("$now", now);
                cmd.Parameters.AddWithValue("$id", old.Id);
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
                using var cmd = conn.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = """
                    INSERT INTO screening_match (node_id, entry, node_name, entry_name, matched_name, blocking, score, features, active, status, first_seen, last_seen)
                    VALUES ($node, $entry, $nn, $en, $mn, $b, $s, $f, 1, 'Pending', $now, $now) RETURNING id
                    """;
                AddMatchParameters(cmd, nm, features);
                cmd.Parameters.AddWithValue("$node", nm.Node.Value);
                cmd.Parameters.AddWithValue("$entry", m.Entry.Reference);
                cmd.Parameters.AddWithValue("$now", now);
                became.Add((long)(await cmd.ExecuteScalarAsync(ct))!);
                changed = true;
            }
        }
        foreach (var (key, old) in existing)
        {
            if (!old.Active || seen.Contains(key)) continue;
            using var cmd = conn.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE screening_match SET active = 0 WHERE id = $id";
            cmd.Parameters.AddWithValue("$id", old.Id);
            await cmd.ExecuteNonQueryAsync(ct);
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

    private static void AddMatchParameters(SqliteCommand cmd, NodeMatch nm, string features)
    {
        cmd.Parameters.AddWithValue("$nn", nm.NodeName);
        cmd.Parameters.AddWithValue("$en", nm.Match.Entry.Name);
        cmd.Parameters.AddWithValue("$mn", nm.Match.MatchedName);
        cmd.Parameters.AddWithValue("$b", nm.Match.Entry.Blocking ? 1 : 0);
        cmd.Parameters.AddWithValue("$s", nm.Match.Score);
        cmd.Parameters.AddWithValue("$f", features);
    }

    public async Task<IReadOnlyList<MatchRecord>> GetMatchesAsync(bool pendingOnly, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        return await ReadMatchesAsync(conn, null, pendingOnly ? "WHERE active = 1 AND status = 'Pending'" : "", ct);
    }

    public async Task<MatchRecord> DecideAsync(long id, MatchStatus decision, string note, string actor, AuditEvent? audit, CancellationToken ct)
    {
        if (decision == MatchStatus.Pending) throw new QueryException("decision", "must be confirmed or rejected");
        if (string.IsNullOrWhiteSpace(note)) throw new QueryException("note", "a decision needs a note saying why");
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        var now = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE screening_match SET status = $s, note = $n, decided_by = $a, decided_at = $at WHERE id = $id";
            cmd.Parameters.AddWithValue("$s", decision.ToString());
            cmd.Parameters.AddWithValue("$n", note);
            cmd.Parameters.AddWithValue("$a", actor);
            cmd.Parameters.AddWithValue("$at", now);
            cmd.Parameters.AddWithValue("$id", id);
            if (await cmd.ExecuteNonQueryAsync(ct) == 0) throw new NotFoundException("match", id.ToString(CultureInfo.InvariantCulture));
        }
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO match_decision (match_id, status, note, actor, at) VALUES ($id, $s, $n, $a, $at)";
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$s", decision.ToString());
            cmd.Parameters.AddWithValue("$n", note);
            cmd.Parameters.AddWithValue("$a", actor);
            cmd.Parameters.AddWithValue("$at", now);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await BumpScreeningAsync(conn, tx, ct);
        var record = (await ReadMatchesAsync(conn, tx, "WHERE id = " + id.ToString(CultureInfo.InvariantCulture), ct)).Single();
        if (audit is not null) await AppendAuditAsync(conn, tx, audit, ct);
        await tx.CommitAsync(ct);
        return record;
    }

    public async Task<long> ScreeningVersionAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        return long.Parse(await GetMetaAsync(conn, null, "screening_version", ct) ?? "0", CultureInfo.InvariantCulture);
    }

    private static async Task BumpScreeningAsync(SqliteConnection conn, SqliteTransaction tx, CancellationToken ct)
    {
        var v = long.Parse(await GetMetaAsync(conn, tx, "screening_version", ct) ?? "0", CultureInfo.InvariantCulture);
        await SetMetaAsync(conn, tx, "screening_version", (v + 1).ToString(CultureInfo.InvariantCulture), ct);
    }

    private static async Task<List<MatchRecord>> ReadMatchesAsync(SqliteConnection conn, SqliteTransaction? tx, string where, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"""
            SELECT id, node_id, node_name, entry, entry_name, matched_name, blocking, score, features, active, status, note, decided_by,
                decided_at, first_seen, last_seen FROM screening_match {where} ORDER BY id DESC
            """;
        var list = new List<MatchRecord>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new MatchRecord(r.GetInt64(0), new NodeId(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                r.GetInt64(6) == 1, r.GetDouble(7), JsonSerializer.Deserialize<FeatureScore[]>(r.GetString(8), EntryJson) ?? [], r.GetInt64(9) == 1,
                Enum.Parse<MatchStatus>(r.GetString(10)), r.IsDBNull(11) ? null : r.GetString(11), r.IsDBNull(12) ? null : r.GetString(12),
                r.IsDBNull(13) ? null : DateTimeOffset.Parse(r.GetString(13), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(r.GetString(14), CultureInfo.InvariantCulture), DateTimeOffset.Parse(r.GetString(15), CultureInfo.InvariantCulture)));
        return list;
    }
}
