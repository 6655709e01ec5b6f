using Npgsql;
using NpgsqlTypes;
using Traceability.Core.Graph;
using Traceability.Core.Storage;

namespace Traceability.Storage.Postgres;

// The first large load into an empty store: binary COPY straight into the tables with row ids assigned here, the
// secondary indexes and foreign keys dropped first and built once at the end, all in the import's one transaction.
// Keeping seven node indexes (four of them JSONB expressions) and two foreign keys up to date row by row was most of
// the time of a first import; building each once is several times cheaper. Same rows, same checks, same result.
public sealed partial class PostgresGraphStore
{
    // A first import into an empty store of this many rows or more takes the bulk path.
    private const int BulkThreshold = 20_000;

    // The store is empty and this role owns the tables (dropping and building indexes needs ownership; an application
    // role apart from the owner takes the staged path instead).
    private static async Task<bool> CanBulkLoadAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT NOT EXISTS (SELECT 1 FROM node) AND NOT EXISTS (SELECT 1 FROM edge)
               AND (SELECT bool_and(pg_has_role(current_user, relowner, 'USAGE')) FROM pg_class WHERE oid IN ('node'::regclass, 'edge'::regclass))
            """, conn, tx);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private async Task<ImportReport> BulkImportAsync(NpgsqlConnection conn, NpgsqlTransaction tx, GraphBatch batch, ImportOptions options,
        string asOf, CancellationToken ct)
    {
        var errors = BatchValidator.Validate(_schema, batch, new Dictionary<string, string>(StringComparer.Ordinal));
        if (errors.Count > 0) throw new ImportFailedException(errors);
        var importId = await NextImportIdAsync(conn, tx, ct);

        var indexes = new List<(string Name, string Definition)>();
        await using (var q = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename IN ('node', 'edge')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))
            """, conn, tx))
        await using (var r = await q.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) indexes.Add((r.GetString(0), r.GetString(1)));
        var foreignKeys = new List<(string Name, string Definition)>();
        await using (var q = new NpgsqlCommand("""
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = 'edge'::regclass AND contype = 'f'
            """, conn, tx))
        await using (var r = await q.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) foreignKeys.Add((r.GetString(0), r.GetString(1)));
        foreach (var (name, _) in foreignKeys) await ExecAsync(conn, tx, $"ALTER TABLE edge DROP CONSTRAINT \"{name}\"", ct);
        foreach (var (name, _) in indexes) await ExecAsync(conn, tx, $"DROP INDEX \"{name}\"", ct);

        var nids = new Dictionary<string, long>(batch.Nodes.Count, StringComparer.Ordinal);
        await WithoutNulAsync(batch, () => CopyNodeRowsAsync(conn, batch, importId, asOf, nids, ct));
        // Later imports take row ids from the identity sequence: it must continue after the ones assigned here.
        await ExecAsync(conn, tx, "SELECT setval(pg_get_serial_sequence('node', 'nid'), $1)", ct, Math.Max(1L, nids.Count));
        await WithoutNulAsync(batch, () => CopyEdgeRowsAsync(conn, batch, importId, asOf, nids, ct));

        await ExecAsync(conn, tx, "SET LOCAL maintenance_work_mem = '256MB'", ct);
        foreach (var (_, sql) in indexes) await ExecAsync(conn, tx, sql, ct);
        foreach (var (name, definition) in foreignKeys) await ExecAsync(conn, tx, $"ALTER TABLE edge ADD CONSTRAINT \"{name}\" {definition}", ct);
        await ExecAsync(conn, tx, "ANALYZE node; ANALYZE edge;", ct);
        return await FinishImportAsync(conn, tx, batch, options, importId,
            new ChangeCounts(batch.Nodes.Count, 0, 0), new ChangeCounts(batch.Edges.Count, 0, 0), ct);
    }

    private static async Task CopyNodeRowsAsync(NpgsqlConnection conn, GraphBatch batch, long importId, string asOf, Dictionary<string, long> nids, CancellationToken ct)
    {
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY node (nid, id, label, name, props, source_file, source_line, import_id, created_import, as_of) FROM STDIN (FORMAT BINARY)", ct))
        {
            long nid = 0;
            foreach (var (node, src) in batch.Nodes)
            {
                nids[node.Id.Value] = ++nid;
                await w.StartRowAsync(ct);
                await w.WriteAsync(nid, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(node.Id.Value, NpgsqlDbType.Text, ct);
                await w.WriteAsync(node.Label, NpgsqlDbType.Text, ct);
                await w.WriteAsync(node.Name, NpgsqlDbType.Text, ct);
                await w.WriteAsync(node.Properties.ToJson(), NpgsqlDbType.Jsonb, ct);
                await w.WriteAsync(src.File, NpgsqlDbType.Text, ct);
                await w.WriteAsync(src.Line, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(importId, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(importId, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(node.Properties.GetString("asOf") ?? asOf, NpgsqlDbType.Text, ct);
            }
            await w.CompleteAsync(ct);
        }
    }

    private static async Task CopyEdgeRowsAsync(NpgsqlConnection conn, GraphBatch batch, long importId, string asOf, Dictionary<string, long> nids, CancellationToken ct)
    {
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY edge (src, type, dst, props, source_file, source_line, import_id, created_import, as_of) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (edge, src) in batch.Edges)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(nids[edge.Start.Value], NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(edge.Type, NpgsqlDbType.Text, ct);
                await w.WriteAsync(nids[edge.End.Value], NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(edge.Properties.ToJson(), NpgsqlDbType.Jsonb, ct);
                await w.WriteAsync(src.File, NpgsqlDbType.Text, ct);
                await w.WriteAsync(src.Line, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(importId, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(importId, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(edge.Properties.GetString("asOf") ?? asOf, NpgsqlDbType.Text, ct);
            }
            await w.CompleteAsync(ct);
        }
    }

    // SQLite stores NUL characters; PostgreSQL text cannot hold them.
    private static async Task WithoutNulAsync(GraphBatch batch, Func<Task> copy)
    {
        try
        {
            await copy();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter)
        {
            throw new ImportFailedException([new ImportError(string.Join(", ", batch.Files.Select(Path.GetFileName)), 0, null,
                $"PostgreSQL cannot store this text ({e.MessageText}); remove NUL characters")]);
        }
    }
}
