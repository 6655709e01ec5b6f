using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Traceability.Core.Graph;
using Traceability.Core.Storage;

namespace Traceability.Storage.Postgres;

public sealed partial class PostgresGraphStore
{
    // Imports run one at a time (advisory lock for the whole transaction); the head row is locked only at the end.
    private const long ImportLock = 0x5452_4143_494d_5054;

    // Above this many new rows the planner's statistics are refreshed inside the import before the next join.
    private const long AnalyzeAfter = 10_000;

    private async Task<ImportReport> ImportCoreAsync(GraphBatch batch, ImportOptions options, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await ExecAsync(conn, tx, $"SELECT pg_advisory_xact_lock({ImportLock})", ct);
        var asOf = options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (batch.Nodes.Count + batch.Edges.Count >= BulkThreshold && await CanBulkLoadAsync(conn, tx, ct))
            return await BulkImportAsync(conn, tx, batch, options, asOf, ct);
        await ExecAsync(conn, tx, """
            CREATE TEMP TABLE stage_node (ord INT NOT NULL, id TEXT COLLATE "C" NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, props JSONB NOT NULL,
                source_file TEXT NOT NULL, source_line BIGINT NOT NULL, as_of TEXT NOT NULL) ON COMMIT DROP;
            CREATE TEMP TABLE stage_edge (ord INT NOT NULL, src_id TEXT COLLATE "C" NOT NULL, type TEXT NOT NULL, dst_id TEXT COLLATE "C" NOT NULL, props JSONB NOT NULL,
                source_file TEXT NOT NULL, source_line BIGINT NOT NULL, as_of TEXT NOT NULL) ON COMMIT DROP;
            """, ct);
        await WithoutNulAsync(batch, async () =>
        {
            await CopyNodesAsync(conn, batch, asOf, ct);
            await CopyEdgesAsync(conn, batch, asOf, ct);
        });
        await ExecAsync(conn, tx, "ANALYZE stage_node; ANALYZE stage_edge;", ct);

        var stored = await LookupLabelsAsync(conn, tx, ct);
        var errors = BatchValidator.Validate(_schema, batch, stored);
        if (errors.Count > 0) throw new ImportFailedException(errors);

        var importId = await NextImportIdAsync(conn, tx, ct);

        var (nIns, nUpd) = await UpsertAsync(conn, tx, """
            INSERT INTO node (id, label, name, props, source_file, source_line, import_id, created_import, as_of)
            SELECT id, label, name, props, source_file, source_line, $1, $1, as_of FROM stage_node ORDER BY ord
            ON CONFLICT (id) DO UPDATE SET label = excluded.label, name = excluded.name, props = excluded.props,
                source_file = excluded.source_file, source_line = excluded.source_line,
                import_id = excluded.import_id, as_of = excluded.as_of
            WHERE node.props IS DISTINCT FROM excluded.props OR node.label IS DISTINCT FROM excluded.label
            RETURNING created_import = $1
            """, importId, ct);
        if (nIns > AnalyzeAfter) await ExecAsync(conn, tx, "ANALYZE node", ct);
        var (eIns, eUpd) = await UpsertAsync(conn, tx, """
            INSERT INTO edge (src, type, dst, props, source_file, source_line, import_id, created_import, as_of)
            SELECT s.nid, st.type, d.nid, st.props, st.source_file, st.source_line, $1, $1, st.as_of
            FROM stage_edge st JOIN node s ON s.id = st.src_id JOIN node d ON d.id = st.dst_id ORDER BY st.ord
            ON CONFLICT (src, type, dst) DO UPDATE SET props = excluded.props,
                source_file = excluded.source_file, source_line = excluded.source_line,
                import_id = excluded.import_id, as_of = excluded.as_of
            WHERE edge.props IS DISTINCT FROM excluded.props
            RETURNING created_import = $1
            """, importId, ct);
        var nodes = new ChangeCounts(nIns, nUpd, batch.Nodes.Count - nIns - nUpd);
        var rels = new ChangeCounts(eIns, eUpd, batch.Edges.Count - eIns - eUpd);
        return await FinishImportAsync(conn, tx, batch, options, importId, nodes, rels, ct);
    }

    // Moves the graph version on when anything changed, records the import and its audit entry, commits.
    private async Task<ImportReport> FinishImportAsync(NpgsqlConnection conn, NpgsqlTransaction tx, GraphBatch batch, ImportOptions options,
        long importId, ChangeCounts nodes, ChangeCounts rels, CancellationToken ct)
    {
        var head = await LockHeadAsync(conn, tx, ct);
        var report = new ImportReport(importId, head.GraphVersion, nodes, rels);
        if (!report.Unchanged)
        {
            report = report with { GraphVersion = head.GraphVersion + 1 };
            await ExecAsync(conn, tx, "UPDATE store_head SET graph_version = $1", ct, report.GraphVersion);
        }
        await using (var cmd = new NpgsqlCommand("""
            INSERT INTO import (id, at, actor, kind, files, nodes_inserted, nodes_updated, nodes_unchanged,
                rels_inserted, rels_updated, rels_unchanged, graph_version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            """, conn, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = importId });
            cmd.Parameters.Add(new NpgsqlParameter { Value = Now() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = options.Actor });
            cmd.Parameters.Add(new NpgsqlParameter { Value = options.Kind });
            cmd.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(batch.Files.Select(Path.GetFileName)), NpgsqlDbType = NpgsqlDbType.Jsonb });
            foreach (var v in new[] { nodes.Inserted, nodes.Updated, nodes.Unchanged, rels.Inserted, rels.Updated, rels.Unchanged, report.GraphVersion })
                cmd.Parameters.Add(new NpgsqlParameter { Value = v });
            await cmd.ExecuteNonQueryAsync(ct);
        }
        if (options.Audit is { } audit) await AppendAuditAsync(conn, tx, audit, ct);
        await tx.CommitAsync(ct);
        return report;
    }

    private static async Task<long> NextImportIdAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT coalesce(max(id), 0) + 1 FROM import", conn, tx);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static async Task CopyNodesAsync(NpgsqlConnection conn, GraphBatch batch, string asOf, CancellationToken ct)
    {
        await using var w = await conn.BeginBinaryImportAsync(
            "COPY stage_node (ord, id, label, name, props, source_file, source_line, as_of) FROM STDIN (FORMAT BINARY)", ct);
        var ord = 0;
        foreach (var (node, src) in batch.Nodes)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(ord++, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(node.Id.Value, NpgsqlDbType.Text, ct);
            await w.WriteAsync(node.Label, NpgsqlDbType.Text, ct);
            await w.WriteAsync(node.Name, NpgsqlDbType.Text, ct);
            await w.WriteAsync(node.Properties.ToJson(), NpgsqlDbType.Jsonb, ct);
            await w.WriteAsync(src.File, NpgsqlDbType.Text, ct);
            await w.WriteAsync(src.Line, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(node.Properties.GetString("asOf") ?? asOf, NpgsqlDbType.Text, ct);
        }
        await w.CompleteAsync(ct);
    }

    private static async Task CopyEdgesAsync(NpgsqlConnection conn, GraphBatch batch, string asOf, CancellationToken ct)
    {
        await using var w = await conn.BeginBinaryImportAsync(
            "COPY stage_edge (ord, src_id, type, dst_id, props, source_file, source_line, as_of) FROM STDIN (FORMAT BINARY)", ct);
        var ord = 0;
        foreach (var (edge, src) in batch.Edges)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(ord++, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(edge.Start.Value, NpgsqlDbType.Text, ct);
            await w.WriteAsync(edge.Type, NpgsqlDbType.Text, ct);
            await w.WriteAsync(edge.End.Value, NpgsqlDbType.Text, ct);
            await w.WriteAsync(edge.Properties.ToJson(), NpgsqlDbType.Jsonb, ct);
            await w.WriteAsync(src.File, NpgsqlDbType.Text, ct);
            await w.WriteAsync(src.Line, NpgsqlDbType.Bigint, ct);
            await w.WriteAsync(edge.Properties.GetString("asOf") ?? asOf, NpgsqlDbType.Text, ct);
        }
        await w.CompleteAsync(ct);
    }

    // Stored labels of every id the staged batch defines or references.
    private static async Task<Dictionary<string, string>> LookupLabelsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var cmd = new NpgsqlCommand("""
            SELECT n.id, n.label FROM node n
            WHERE n.id IN (SELECT id FROM stage_node UNION SELECT src_id FROM stage_edge UNION SELECT dst_id FROM stage_edge)
            """, conn, tx);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) result[r.GetString(0)] = r.GetString(1);
        return result;
    }

    // Runs an INSERT ... ON CONFLICT DO UPDATE ... WHERE changed RETURNING (created now); rows left alone return nothing.
    private static async Task<(long Inserted, long Updated)> UpsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string upsert, long importId, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"""
            WITH up (created) AS ({upsert})
            SELECT count(*) FILTER (WHERE created), count(*) FILTER (WHERE NOT created) FROM up
            """, conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter { Value = importId });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.GetInt64(0), r.GetInt64(1));
    }
}
