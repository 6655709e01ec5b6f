using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Traceability.Core.Graph;
using Traceability.Core.Storage;

namespace Traceability.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<ImportReport> ImportAsync(GraphBatch batch, ImportOptions options, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);

        var stored = await LookupAsync(conn, tx, batch, ct);
        var errors = BatchValidator.Validate(_schema, batch, stored.ToDictionary(kv => kv.Key, kv => kv.Value.Label, StringComparer.Ordinal));
        if (errors.Count > 0) throw new ImportFailedException(errors);

        var importId = await NextImportIdAsync(conn, tx, ct);
        var asOf = options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nids = new Dictionary<string, long>(stored.Count + batch.Nodes.Count, StringComparer.Ordinal);
        foreach (var (id, (nid, _)) in stored) nids[id] = nid;

        long nIns = 0, nUpd = 0, nSame = 0;
        using (var cmd = conn.CreateCommand())
        {
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
                if (!r.Read()) { nSame++; continue; }
                nids[node.Id.Value] = r.GetInt64(0);
                if (r.GetInt64(1) == importId) nIns++; else nUpd++;
            }
        }

        long eIns = 0, eUpd = 0, eSame = 0;
        using (var cmd = conn.CreateCommand())
        {
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
                if (!r.Read()) { eSame++; continue; }
                if (r.GetInt64(0) == importId) eIns++; else eUpd++;
            }
        }

        var version = long.Parse(await GetMetaAsync(conn, tx, "graph_version", ct) ?? "0", CultureInfo.InvariantCulture);
        var report = new ImportReport(importId, version, new ChangeCounts(nIns, nUpd, nSame), new ChangeCounts(eIns, eUpd, eSame));
        if (!report.Unchanged)
        {
            version++;
            await SetMetaAsync(conn, tx, "graph_version", version.ToString(CultureInfo.InvariantCulture), ct);
            report = report with { GraphVersion = version };
        }
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO import (id, at, actor, kind, files, nodes_inserted, nodes_updated, nodes_unchanged,
                    rels_inserted, rels_updated, rels_unchanged, graph_version)
                VALUES ($id, $at, $actor, $kind, $files, $ni, $nu, $ns, $ei, $eu, $es, $v)
                """;
            cmd.Parameters.AddWithValue("$id", importId);
            cmd.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            cmd.Parameters.AddWithValue("$actor", options.Actor);
            cmd.Parameters.AddWithValue("$kind", options.Kind);
            cmd.Parameters.AddWithValue("$files", JsonSerializer.Serialize(batch.Files.Select(System.IO.Path.GetFileName)));
            cmd.Parameters.AddWithValue("$ni", nIns);
            cmd.Parameters.AddWithValue("$nu", nUpd);
            cmd.Parameters.AddWithValue("$ns", nSame);
            cmd.Parameters.AddWithValue("$ei", eIns);
            cmd.Parameters.AddWithValue("$eu", eUpd);
            cmd.Parameters.AddWithValue("$es", eSame);
            cmd.Parameters.AddWithValue("$v", version);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        if (options.Audit is { } audit) await AppendAuditAsync(conn, tx, audit, ct);
        await tx.CommitAsync(ct);
        return report;
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
