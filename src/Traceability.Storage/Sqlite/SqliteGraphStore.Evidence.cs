using System.Globalization;
using Microsoft.Data.Sqlite;
using Traceability.Core.Audit;
using Traceability.Core.Checklists;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;

namespace Traceability.Storage.Sqlite;

public sealed partial class SqliteGraphStore : IEvidenceStore
{
    // Evidence and checklist answers; node ids are not foreign keys, so that a re-import never loses evidence.
    private const string EvidenceDdl = """

        CREATE TABLE IF NOT EXISTS evidence (
            id INTEGER PRIMARY KEY,
            node_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT,
            issuer TEXT,
            file TEXT,
            url TEXT,
            sha256 TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );

        CREATE INDEX IF NOT EXISTS evidence_node ON evidence (node_id);

        CREATE TABLE IF NOT EXISTS checklist_answer (
            id INTEGER PRIMARY KEY,
            supplier_id TEXT NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            date TEXT,
            note TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );

        CREATE INDEX IF NOT EXISTS checklist_answer_supplier ON checklist_answer (supplier_id, question);
        """;

    public async Task<IReadOnlyList<EvidenceItem>> AddEvidenceAsync(IReadOnlyList<EvidenceDraft> items, string recordedBy, AuditEvent audit, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        var at = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var ids = new List<long>();
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO evidence (node_id, kind, title, date, issuer, file, url, sha256, recorded_by, recorded_at)
                VALUES ($node, $kind, $title, $date, $issuer, $file, $url, $sha, $by, $at) RETURNING id
                """;
            var p = new[] { "$node", "$kind", "$title", "$date", "$issuer", "$file", "$url", "$sha" }.Select(n => cmd.Parameters.Add(n, SqliteType.Text)).ToArray();
            cmd.Parameters.AddWithValue("$by", recordedBy);
            cmd.Parameters.AddWithValue("$at", at);
            foreach (var e in items)
            {
                object?[] values = [e.Node.Value, e.Kind, e.Title, Date(e.Date), e.Issuer, e.File, e.Url, e.Sha256];
                for (var i = 0; i < p.Length; i++) p[i].Value = values[i] ?? DBNull.Value;
                ids.Add((long)(await cmd.ExecuteScalarAsync(ct))!);
            }
        }
        await AppendAuditAsync(conn, tx, audit with { Target = Clip($"{audit.Target} evidence {Range(ids)}".Trim()) }, ct);
        var stored = await ReadEvidenceAsync(conn, tx, "WHERE id >= $first AND id <= $last", ct, ("$first", ids.Count == 0 ? 0 : ids[0]), ("$last", ids.Count == 0 ? -1 : ids[^1]));
        await tx.CommitAsync(ct);
        return [.. stored.OrderBy(e => e.Id)];
    }

    public async Task<IReadOnlyList<EvidenceItem>> ListEvidenceAsync(NodeId? node, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        return node is { } n
            ? await ReadEvidenceAsync(conn, null, "WHERE node_id = $node", ct, ("$node", n.Value))
            : await ReadEvidenceAsync(conn, null, "", ct);
    }

    public async Task<IReadOnlyList<ChecklistAnswer>> SetChecklistAsync(NodeId supplier, IReadOnlyList<ChecklistDraft> answers, string recordedBy, AuditEvent audit, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO checklist_answer (supplier_id, question, answer, date, note, recorded_by, recorded_at)
                VALUES ($s, $q, $a, $d, $n, $by, $at)
                """;
            cmd.Parameters.AddWithValue("$s", supplier.Value);
            cmd.Parameters.AddWithValue("$by", recordedBy);
            cmd.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            var q = cmd.Parameters.Add("$q", SqliteType.Text);
            var a = cmd.Parameters.Add("$a", SqliteType.Text);
            var d = cmd.Parameters.Add("$d", SqliteType.Text);
            var n = cmd.Parameters.Add("$n", SqliteType.Text);
            foreach (var x in answers)
            {
                q.Value = x.Question;
                a.Value = ChecklistIntake.Name(x.Answer);
                d.Value = (object?)Date(x.Date) ?? DBNull.Value;
                n.Value = (object?)x.Note ?? DBNull.Value;
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }
        await AppendAuditAsync(conn, tx, audit with { Target = Clip($"supplier={supplier} {string.Join(" ", answers.Select(x => $"{x.Question}={ChecklistIntake.Name(x.Answer)}"))}") }, ct);
        var current = await ReadChecklistAsync(conn, tx, supplier, ct);
        await tx.CommitAsync(ct);
        return current;
    }

    public async Task<IReadOnlyList<ChecklistAnswer>> GetChecklistAsync(NodeId? supplier, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        return await ReadChecklistAsync(conn, null, supplier, ct);
    }

    private static async Task<List<ChecklistAnswer>> ReadChecklistAsync(SqliteConnection conn, SqliteTransaction? tx, NodeId? supplier, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        // The latest answer to each question: the highest id per (supplier, question).
        cmd.CommandText = $"""
            SELECT supplier_id, question, answer, date, note, recorded_by, recorded_at FROM checklist_answer
            WHERE id IN (SELECT max(id) FROM checklist_answer {(supplier is null ? "" : "WHERE supplier_id = $s")} GROUP BY supplier_id, question)
            """;
        if (supplier is { } s) cmd.Parameters.AddWithValue("$s", s.Value);
        var list = new List<ChecklistAnswer>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            ChecklistIntake.TryAnswer(r.GetString(2), out var answer);
            list.Add(new ChecklistAnswer(new NodeId(r.GetString(0)), r.GetString(1), answer, ReadDate(r, 3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetString(5), DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture)));
        }
        return [.. list.OrderBy(a => a.Supplier).ThenBy(a => ReasonableCareQuestions.Order(a.Question))];
    }

    private static async Task<List<EvidenceItem>> ReadEvidenceAsync(SqliteConnection conn, SqliteTransaction? tx, string where, CancellationToken ct, params (string, object)[] args)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT id, node_id, kind, title, date, issuer, file, url, sha256, recorded_by, recorded_at FROM evidence {where} ORDER BY node_id, id";
        foreach (var (k, v) in args) cmd.Parameters.AddWithValue(k, v);
        var list = new List<EvidenceItem>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new EvidenceItem(r.GetInt64(0), new NodeId(r.GetString(1)), r.GetString(2), r.GetString(3), ReadDate(r, 4), Text(r, 5), Text(r, 6), Text(r, 7),
                Text(r, 8), r.GetString(9), DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture)));
        return list;
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? ReadDate(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Range(List<long> ids) => ids.Count switch
    {
        0 => "none",
        1 => ids[0].ToString(CultureInfo.InvariantCulture),
        _ => $"{ids[0]}..{ids[^1]}",
    };

    private static string Clip(string s) => s.Length <= 1000 ? s : s[..1000] + "...";
}
