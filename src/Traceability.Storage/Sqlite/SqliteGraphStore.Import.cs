using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Traceability.Core.Graph;
using Traceability.Core.Storage;

namespace Traceability.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private async Task<ImportReport> ImportCoreAsync(GraphBatch batch, ImportOptions options, CancellationToken ct)
    {
        // The validator has checked every relationship's ends against the batch and the stored graph inside this
        // transaction, so the per-row foreign-key lookups would only repeat it (two index probes per relationship).
        await using var conn = await ConnectAsync(ct, foreignKeys: false);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);

        var stored = await LookupAsync(conn, tx, batch, ct);
        var errors = BatchValidator.Validate(_schema, batch, stored.ToDictionary(kv => kv.Key, kv => kv.Value.Label, StringComparer.Ordinal));
        if (errors.Count > 0) throw new ImportFailedException(errors);

        var importId = await NextImportIdAsync(conn, tx, ct);
        var asOf = options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nids = new Dictionary<string, long>(stored.Count + batch.Nodes.Count, StringComparer.Ordinal);
        foreach (var (id, (nid, _)) in stored) nids[id] = nid;

        var (nodes, edges) = stored.Count == 0 && batch.Nodes.Count + batch.Edges.Count >= BulkThreshold && await IsEmptyAsync(conn, tx, ct)
            ? await BulkLoadAsync(conn, tx, batch, importId, asOf, ct)
            : (UpsertNodes(conn, tx, batch, importId, asOf, nids, ct), UpsertEdges(conn, tx, batch, importId, asOf, nids, ct));

        var version = long.Parse(await GetMetaAsync(conn, tx, "graph_version", ct) ?? "0", CultureInfo.InvariantCulture);
        var report = new ImportReport(importId, version, nodes, edges);
        if (!report.Unchanged)
        {
            version++;
            await SetMetaAsync(conn, tx, "graph_version", version.ToString(CultureInfo.InvariantCulture), ct);
            report = report with { GraphVersion = version };
        }
        await RecordImportAsync(conn, tx, options, batch, report, ct);
        if (options.Audit is { } audit) await AppendAuditAsync(conn, tx, audit, ct);
        await tx.CommitAsync(ct);
        return report;
    }

    private static ChangeCounts UpsertNodes(SqliteConnection conn, SqliteTransaction tx, GraphBatch batch, long importId, string asOf,
        Dictionary<string, long> nids, CancellationToken ct)
    {
        long inserted = 0, updated = 0, same = 0;
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO node (id, label, name, props, source_file, source_line, import_id, created_import, as_of)
            VALUES ($id, $label, $name, $props, $file, $line, $imp, $imp, $asof)
            ON CONFLICT (id) DO UPDATE SET label = excluded.label, name = excluded.name, props = excluded.props,
                source_file = excluded.source_file, source_line = excluded.source_line,
                import_id = excluded.import_id, as_of = excluded.as_of
            WHERE node.props IS NOT excluded.props OR node.label IS NOT excluded.label
            RETURNING nid, created_import
            """;
        var pId = cmd.Parameters.Add("$id", SqliteType.Text);
        var pLabel = cmd.Parameters.Add("$label", SqliteType.Text);
        var pName = cmd.Parameters.Add("$name", SqliteType.Text);
        var pProps = cmd.Parameters.Add("$props", SqliteType.Text);
        var pFile = cmd.Parameters.Add("$file", SqliteType.Text);
        var pLine = cmd.Parameters.Add("$line", SqliteType.Integer);
        cmd.Parameters.AddWithValue("$imp", importId);
        var pAsOf = cmd.Parameters.Add("$asof", SqliteType.Text);
        cmd.Prepare();
        foreach (var (node, src) in batch.Nodes)
        {
            ct.ThrowIfCancellationRequested();
            pId.Value = node.Id.Value;
            pLabel.Value = node.Label;
            pName.Value = node.Name;
            pProps.Value = node.Properties.ToJson();
            pFile.Value = src.File;
            pLine.Value = src.Line;
            pAsOf.Value = node.Properties.GetString("asOf") ?? asOf;
            using var r = cmd.ExecuteReader();
            if (!r.Read()) { same++; continue; }
            nids[node.Id.Value] = r.GetInt64(0);
            if (r.GetInt64(1) == importId) inserted++; else updated++;
        }
        return new ChangeCounts(inserted, updated, same);
    }

    private static ChangeCounts UpsertEdges(SqliteConnection conn, SqliteTransaction tx, GraphBatch batch, long importId, string asOf,
        Dictionary<string, long> nids, CancellationToken ct)
    {
        long inserted = 0, updated = 0, same = 0;
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO edge (src, type, dst, props, source_file, source_line, import_id, created_import, as_of)
            VALUES ($src, $type, $dst, $props, $file, $line, $imp, $imp, $asof)
            ON CONFLICT (src, type, dst) DO UPDATE SET props = excluded.props,
                source_file = excluded.source_file, source_line = excluded.source_line,
                import_id = excluded.import_id, as_of = excluded.as_of
            WHERE edge.props IS NOT excluded.props
            RETURNING created_import
            """;
        var pSrc = cmd.Parameters.Add("$src", SqliteType.Integer);
        var pType = cmd.Parameters.Add("$type", SqliteType.Text);
        var pDst = cmd.Parameters.Add("$dst", SqliteType.Integer);
        var pProps = cmd.Parameters.Add("$props", SqliteType.Text);
        var pFile = cmd.Parameters.Add("$file", SqliteType.Text);
        var pLine = cmd.Parameters.Add("$line", SqliteType.Integer);
        cmd.Parameters.AddWithValue("$imp", importId);
        var pAsOf = cmd.Parameters.Add("$asof", SqliteType.Text);
        cmd.Prepare();
        foreach (var (edge, src) in batch.Edges)
        {
            ct.ThrowIfCancellationRequested();
            pSrc.Value = nids[edge.Start.Value];
            pType.Value = edge.Type;
            pDst.Value = nids[edge.End.Value];
            pProps.Value = edge.Properties.ToJson();
            pFile.Value = src.File;
            pLine.Value = src.Line;
            pAsOf.Value = edge.Properties.GetString("asOf") ?? asOf;
            using var r = cmd.ExecuteReader();
            if (!r.Read()) { same++; continue; }
            if (r.GetInt64(0) == importId) inserted++; else updated++;
        }
        return new ChangeCounts(inserted, updated, same);
    }

    private async Task RecordImportAsync(SqliteConnection conn, SqliteTransaction tx, ImportOptions options, GraphBatch batch, ImportReport report, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO import (id, at, actor, kind, files, nodes_inserted, nodes_updated, nodes_unchanged,
                rels_inserted, rels_updated, rels_unchanged, graph_version)
            VALUES ($id, $at, $actor, $kind, $files, $ni, $nu, $ns, $ei, $eu, $es, $v)
            """;
        cmd.Parameters.AddWithValue("$id", report.ImportId);
        cmd.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$actor", options.Actor);
        cmd.Parameters.AddWithValue("$kind", options.Kind);
        cmd.Parameters.AddWithValue("$files", JsonSerializer.Serialize(batch.Files.Select(System.IO.Path.GetFileName)));
        cmd.Parameters.AddWithValue("$ni", report.Nodes.Inserted);
        cmd.Parameters.AddWithValue("$nu", report.Nodes.Updated);
        cmd.Parameters.AddWithValue("$ns", report.Nodes.Unchanged);
        cmd.Parameters.AddWithValue("$ei", report.Relationships.Inserted);
        cmd.Parameters.AddWithValue("$eu", report.Relationships.Updated);
        cmd.Parameters.AddWithValue("$es", report.Relationships.Unchanged);
        cmd.Parameters.AddWithValue("$v", report.GraphVersion);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    // A first import into an empty store of this many rows or more takes the bulk path.
    private const int BulkThreshold = 20_000;

    private static async Task<bool> IsEmptyAsync(SqliteConnection conn, SqliteTransaction tx, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM node) AND NOT EXISTS (SELECT 1 FROM edge)";
        return (long)(await cmd.ExecuteScalarAsync(ct))! == 1;
    }

    /// <summary>
    /// The first load into an empty store: plain inserts with the row ids assigned here (nothing to compare, nothing to
    /// return), and the secondary indexes dropped first and built once at the end, which is far cheaper than keeping
    /// them up to date row by row (the JSON expression indexes most of all). Same transaction, same rows, same result.
    /// </summary>
    private static async Task<(ChangeCounts Nodes, ChangeCounts Edges)> BulkLoadAsync(SqliteConnection conn, SqliteTransaction tx, GraphBatch batch, long importId, string asOf, CancellationToken ct)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var q = conn.CreateCommand())
        {
            q.Transaction = tx;
            q.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('node', 'edge')";
            using var r = q.ExecuteReader();
            while (r.Read()) indexes.Add((r.GetString(0), r.GetString(1)));
        }
        foreach (var (name, _) in indexes) await ExecAsync(conn, tx, $"DROP INDEX \"{name}\"", ct);
        // A large page cache for building the indexes at the end; restored after.
        await ExecAsync(conn, tx, "PRAGMA cache_size = -262144", ct);
        // Property JSON is made on the other core while this one fills the ids (each bag caches its JSON).
        var json = Task.Run(() =>
        {
            foreach (var (node, _) in batch.Nodes) node.Properties.ToJson();
            foreach (var (edge, _) in batch.Edges) edge.Properties.ToJson();
        }, ct);
        var nids = new Dictionary<string, long>(batch.Nodes.Count, StringComparer.Ordinal);
        long next = 0;
        foreach (var (node, _) in batch.Nodes) nids[node.Id.Value] = ++next;
        await json;
        // Many rows per statement: Microsoft.Data.Sqlite's per-execution cost (binding, statement bookkeeping) was a fifth
        // of the load when each row was its own execution.
        InsertRows(conn, "node (nid, id, label, name, props, source_file, source_line, import_id, created_import, as_of)", 10, batch.Nodes.Count,
            (i, row) =>
            {
                var (node, src) = batch.Nodes[i];
                row.Long(1, nids[node.Id.Value]);
                row.Text(2, node.Id.Value);
                row.Text(3, node.Label);
                row.Text(4, node.Name);
                row.Text(5, node.Properties.ToJson());
                row.Text(6, src.File);
                row.Long(7, src.Line);
                row.Long(8, importId);
                row.Long(9, importId);
                row.Text(10, node.Properties.GetString("asOf") ?? asOf);
            }, ct);
        InsertRows(conn, "edge (src, type, dst, props, source_file, source_line, import_id, created_import, as_of)", 9, batch.Edges.Count,
            (i, row) =>
            {
                var (edge, src) = batch.Edges[i];
                row.Long(1, nids[edge.Start.Value]);
                row.Text(2, edge.Type);
                row.Long(3, nids[edge.End.Value]);
                row.Text(4, edge.Properties.ToJson());
                row.Text(5, src.File);
                row.Long(6, src.Line);
                row.Long(7, importId);
                row.Long(8, importId);
                row.Text(9, edge.Properties.GetString("asOf") ?? asOf);
            }, ct);
        foreach (var (_, sql) in indexes) await ExecAsync(conn, tx, sql, ct);
        await ExecAsync(conn, tx, "PRAGMA cache_size = -2000", ct);
        return (new ChangeCounts(batch.Nodes.Count, 0, 0), new ChangeCounts(batch.Edges.Count, 0, 0));
    }

    // Bulk rows go through SQLite's own prepare/bind/step: Microsoft.Data.Sqlite binds parameters by name on every
    // execution, which cost a fifth of the load row by row and grows with the square of the parameters when batched.
    private static void InsertRows(SqliteConnection conn, string table, int columns, int count, Action<int, RowBinder> fill, CancellationToken ct)
    {
        var db = conn.Handle ?? throw new InvalidOperationException("connection is not open");
        var sql = $"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Range(1, columns).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture)))})";
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var stmt));
        try
        {
            var row = new RowBinder(db, stmt);
            for (var i = 0; i < count; i++)
            {
                if ((i & 8191) == 0) ct.ThrowIfCancellationRequested();
                fill(i, row);
                var step = raw.sqlite3_step(stmt);
                if (step != raw.SQLITE_DONE) Check(db, step);
                raw.sqlite3_reset(stmt);
            }
        }
        finally
        {
            raw.sqlite3_finalize(stmt);
        }
    }

    /// <summary>Binds one row's values by position, without boxing.</summary>
    private sealed class RowBinder(sqlite3 db, sqlite3_stmt stmt)
    {
        public void Long(int column, long value) => Check(db, raw.sqlite3_bind_int64(stmt, column, value));

        public void Text(int column, string? value) =>
            Check(db, value is null ? raw.sqlite3_bind_null(stmt, column) : raw.sqlite3_bind_text16(stmt, column, value.AsSpan()));
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW)) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
    }

    private static async Task<long> NextImportIdAsync(SqliteConnection conn, SqliteTransaction tx, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT coalesce(max(id), 0) + 1 FROM import";
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    // Stored nid and label of every id the batch defines or references.
    private static async Task<Dictionary<string, (long Nid, string Label)>> LookupAsync(
        SqliteConnection conn, SqliteTransaction tx, GraphBatch batch, CancellationToken ct)
    {
        var result = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        using (var any = conn.CreateCommand())
        {
            any.Transaction = tx;
            any.CommandText = "SELECT EXISTS (SELECT 1 FROM node)";
            if ((long)(await any.ExecuteScalarAsync(ct))! == 0) return result;
        }
        await ExecAsync(conn, tx, "CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY); DELETE FROM wanted;", ct);
        using (var ins = conn.CreateCommand())
        {
            ins.Transaction = tx;
            ins.CommandText = "INSERT OR IGNORE INTO wanted VALUES ($id)";
            var p = ins.Parameters.Add("$id", SqliteType.Text);
            ins.Prepare();
            foreach (var id in BatchValidator.ReferencedIds(batch))
            {
                p.Value = id;
                ins.ExecuteNonQuery();
            }
        }
        using (var q = conn.CreateCommand())
        {
            q.Transaction = tx;
            q.CommandText = "SELECT n.id, n.nid, n.label FROM wanted w JOIN node n ON n.id = w.id";
            await using var r = await q.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) result[r.GetString(0)] = (r.GetInt64(1), r.GetString(2));
        }
        await ExecAsync(conn, tx, "DELETE FROM wanted;", ct);
        return result;
    }
}
