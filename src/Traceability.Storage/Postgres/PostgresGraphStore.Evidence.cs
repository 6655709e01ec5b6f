using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Traceability.Core.Audit;
using Traceability.Core.Checklists;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;

namespace Traceability.Storage.Postgres;

public sealed partial class PostgresGraphStore : IEvidenceStore
{
    public async Task<IReadOnlyList<EvidenceItem>> AddEvidenceAsync(IReadOnlyList<EvidenceDraft> items, string recordedBy, AuditEvent audit, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var at = Now();
        var ids = new List<long>();
        foreach (var e in items)
        {
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO evidence (node_id, kind, title, date, issuer, file, url, sha256, recorded_by, recorded_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
                """, conn, tx);
            cmd.Parameters.Add(new NpgsqlParameter { Value = e.Node.Value });
            cmd.Parameters.Add(new NpgsqlParameter { Value = e.Kind });
            cmd.Parameters.Add(new NpgsqlParameter { Value = e.Title });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = (object?)e.Date ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)e.Issuer ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)e.File ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)e.Url ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)e.Sha256 ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter { Value = recordedBy });
            cmd.Parameters.Add(new NpgsqlParameter { Value = at });
            ids.Add((long)(await cmd.ExecuteScalarAsync(ct))!);
        }
        await AppendAuditAsync(conn, tx, audit with { Target = Clip($"{audit.Target} evidence {Range(ids)}".Trim()) }, ct);
        var stored = await ReadEvidenceAsync(conn, tx, "WHERE id = ANY($1)", ct, ids.ToArray());
        await tx.CommitAsync(ct);
        return [.. stored.OrderBy(e => e.Id)];
    }

    public async Task<IReadOnlyList<EvidenceItem>> ListEvidenceAsync(NodeId? node, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        return node is { } n
            ? await ReadEvidenceAsync(conn, null, "WHERE node_id = $1", ct, n.Value)
            : await ReadEvidenceAsync(conn, null, "", ct);
    }

    public async Task<IReadOnlyList<ChecklistAnswer>> SetChecklistAsync(NodeId supplier, IReadOnlyList<ChecklistDraft> answers, string recordedBy, AuditEvent audit, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var at = Now();
        foreach (var x in answers)
        {
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO checklist_answer (supplier_id, question, answer, date, note, recorded_by, recorded_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, conn, tx);
            cmd.Parameters.Add(new NpgsqlParameter { Value = supplier.Value });
            cmd.Parameters.Add(new NpgsqlParameter { Value = x.Question });
            cmd.Parameters.Add(new NpgsqlParameter { Value = ChecklistIntake.Name(x.Answer) });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = (object?)x.Date ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)x.Note ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter { Value = recordedBy });
            cmd.Parameters.Add(new NpgsqlParameter { Value = at });
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await AppendAuditAsync(conn, tx, audit with { Target = Clip($"supplier={supplier} {string.Join(" ", answers.Select(x => $"{x.Question}={ChecklistIntake.Name(x.Answer)}"))}") }, ct);
        var current = await ReadChecklistAsync(conn, tx, supplier, ct);
        await tx.CommitAsync(ct);
        return current;
    }

    public async Task<IReadOnlyList<ChecklistAnswer>> GetChecklistAsync(NodeId? supplier, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        return await ReadChecklistAsync(conn, null, supplier, ct);
    }

    private static async Task<List<ChecklistAnswer>> ReadChecklistAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, NodeId? supplier, CancellationToken ct)
    {
        // The latest answer to each question: the highest id per (supplier, question).
        await using var cmd = new NpgsqlCommand($"""
            SELECT supplier_id, question, answer, date, note, recorded_by, recorded_at FROM checklist_answer
            WHERE id IN (SELECT max(id) FROM checklist_answer {(supplier is null ? "" : "WHERE supplier_id = $1")} GROUP BY supplier_id, question)
            """, conn, tx);
        if (supplier is { } s) cmd.Parameters.Add(new NpgsqlParameter { Value = s.Value });
        var list = new List<ChecklistAnswer>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            ChecklistIntake.TryAnswer(r.GetString(2), out var answer);
            list.Add(new ChecklistAnswer(new NodeId(r.GetString(0)), r.GetString(1), answer, r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), Utc(r.GetDateTime(6))));
        }
        return [.. list.OrderBy(a => a.Supplier).ThenBy(a => ReasonableCareQuestions.Order(a.Question))];
    }

    private static async Task<List<EvidenceItem>> ReadEvidenceAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string where, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand($"SELECT id, node_id, kind, title, date, issuer, file, url, sha256, recorded_by, recorded_at FROM evidence {where} ORDER BY node_id, id", conn, tx);
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        var list = new List<EvidenceItem>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new EvidenceItem(r.GetInt64(0), new NodeId(r.GetString(1)), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4),
                Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8), r.GetString(9), Utc(r.GetDateTime(10))));
        return list;
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Range(List<long> ids) => ids.Count switch
    {
        0 => "none",
        1 => ids[0].ToString(CultureInfo.InvariantCulture),
        _ => $"{ids[0]}..{ids[^1]}",
    };

    private static string Clip(string s) => s.Length <= 1000 ? s : s[..1000] + "...";
}
