using System.Data.Common;
using System.Globalization;
using Traceability.Core.Audit;
using Traceability.Core.Storage;

namespace Traceability.Storage.Integrity;

/// <summary>
/// The checks both stores run on their graph tables, in SQL both dialects read alike, inside the caller's read transaction
/// so that they see one state.
/// </summary>
internal static class GraphConsistency
{
    public static async Task<List<IntegrityCheck>> CheckAsync(DbConnection conn, DbTransaction tx, long graphVersion, CancellationToken ct)
    {
        var checks = new List<IntegrityCheck>();
        var dangling = await ScalarAsync(conn, tx, """
            SELECT count(*) FROM edge e
            WHERE NOT EXISTS (SELECT 1 FROM node n WHERE n.nid = e.src) OR NOT EXISTS (SELECT 1 FROM node n WHERE n.nid = e.dst)
            """, ct);
        checks.Add(new("no dangling relationships", dangling == 0,
            dangling == 0 ? "every relationship's start and end node exists" : $"{dangling:N0} relationships point at a missing node"));

        var broken = await RowsAsync(conn, tx, """
            SELECT e.type, s.label, d.label, count(*) FROM edge e JOIN node s ON s.nid = e.src JOIN node d ON d.nid = e.dst
            WHERE NOT EXISTS (SELECT 1 FROM edge_rule r WHERE r.type = e.type AND r.from_label = s.label AND r.to_label = d.label)
            GROUP BY e.type, s.label, d.label ORDER BY count(*) DESC LIMIT 5
            """, r => $"{r.GetInt64(3):N0} x ({r.GetString(1)})-[:{r.GetString(0)}]->({r.GetString(2)})", ct);
        checks.Add(new("relationships allowed by graph-schema", broken.Count == 0,
            broken.Count == 0 ? "every relationship joins the labels its type allows" : "not allowed: " + string.Join("; ", broken)));

        var orphans = await ScalarAsync(conn, tx, """
            SELECT (SELECT count(*) FROM node WHERE import_id NOT IN (SELECT id FROM import) OR created_import NOT IN (SELECT id FROM import))
                 + (SELECT count(*) FROM edge WHERE import_id NOT IN (SELECT id FROM import) OR created_import NOT IN (SELECT id FROM import))
            """, ct);
        checks.Add(new("every row belongs to a recorded import", orphans == 0,
            orphans == 0 ? "no node or relationship comes from an unrecorded import" : $"{orphans:N0} rows name an import that is not in the import log (a half-written import)"));

        var logged = await ScalarAsync(conn, tx, "SELECT coalesce(max(graph_version), 0) FROM import", ct);
        checks.Add(new("graph version matches the import log", logged == graphVersion,
            logged == graphVersion ? $"graph version {graphVersion}"
                : $"the store says graph version {graphVersion}, the import log's last version is {logged}"));
        return checks;
    }

    /// <summary>Every index graph-schema's DDL creates is there (SQLite's bulk path drops and rebuilds them inside its transaction).</summary>
    public static IntegrityCheck Indexes(string ddl, IReadOnlyCollection<string> present)
    {
        var expected = System.Text.RegularExpressions.Regex.Matches(ddl, @"CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?(\w+)")
            .Select(m => m.Groups[1].Value).ToList();
        var missing = expected.Where(i => !present.Contains(i)).ToList();
        return new("indexes of graph-schema present", missing.Count == 0,
            missing.Count == 0 ? $"{expected.Count} indexes" : "missing: " + string.Join(", ", missing));
    }

    /// <summary>The audit trail's verification as a check.</summary>
    public static IntegrityCheck Audit(AuditVerification v) =>
        new("audit trail verifies", v.Intact, v.Intact
            ? string.Create(CultureInfo.InvariantCulture, $"{v.Records:N0} records, head {v.LastSequence} {v.HeadHash}")
            : string.Join("; ", v.Problems.Take(5)));

    internal static async Task<long> ScalarAsync(DbConnection conn, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    internal static async Task<List<string>> RowsAsync(DbConnection conn, DbTransaction? tx, string sql, Func<DbDataReader, string> row, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        var list = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(row(r));
        return list;
    }
}
