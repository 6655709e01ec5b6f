using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage.Postgres;

namespace Traceability.Cli.Bench;

/// <summary>
/// The alternative to the store's binary COPY import (workload 9): the same batch upserted into the same tables by
/// batched multi-row INSERT ... ON CONFLICT statements (1,000 rows each), in one transaction, with the same validation.
/// </summary>
internal static class PostgresInsertBaseline
{
    private const int Rows = 1000;

    public static async Task<(ChangeCounts Nodes, ChangeCounts Rels)> ImportAsync(string connectionString, GraphSchema schema, GraphBatch batch,
        ImportOptions options, CancellationToken ct)
    {
        // An empty database: no stored labels to look up.
        var errors = BatchValidator.Validate(schema, batch, new Dictionary<string, string>());
        if (errors.Count > 0) throw new ImportFailedException(errors);
        await using var data = NpgsqlDataSource.Create(PostgresConnectionStrings.Normalize(connectionString));
        await using var conn = await data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var asOf = options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        const long importId = 1;
        long nIns = 0, nUpd = 0, eIns = 0, eUpd = 0;
        for (var start = 0; start < batch.Nodes.Count; start += Rows)
        {
            var rows = batch.Nodes.Skip(start).Take(Rows).ToList();
            var sql = new StringBuilder("INSERT INTO node (id, label, name, props, source_file, source_line, import_id, created_import, as_of) VALUES ");
            await using var cmd = new NpgsqlCommand { Connection = conn, Transaction = tx };
            cmd.Parameters.Add(new NpgsqlParameter { Value = importId });
            for (var i = 0; i < rows.Count; i++)
            {
                var p = cmd.Parameters.Count + 1;
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(${p}, ${p + 1}, ${p + 2}, ${p + 3}, ${p + 4}, ${p + 5}, $1, $1, ${p + 6})");
                var (node, src) = rows[i];
                cmd.Parameters.Add(new NpgsqlParameter { Value = node.Id.Value });
                cmd.Parameters.Add(new NpgsqlParameter { Value = node.Label });
                cmd.Parameters.Add(new NpgsqlParameter { Value = node.Name });
                cmd.Parameters.Add(new NpgsqlParameter { Value = node.Properties.ToJson(), NpgsqlDbType = NpgsqlDbType.Jsonb });
                cmd.Parameters.Add(new NpgsqlParameter { Value = src.File });
                cmd.Parameters.Add(new NpgsqlParameter { Value = src.Line });
                cmd.Parameters.Add(new NpgsqlParameter { Value = node.Properties.GetString("asOf") ?? asOf });
            }
            sql.Append("""
                 ON CONFLICT (id) DO UPDATE SET label = excluded.label, name = excluded.name, props = excluded.props,
                    source_file = excluded.source_file, source_line = excluded.source_line, import_id = excluded.import_id, as_of = excluded.as_of
                WHERE node.props IS DISTINCT FROM excluded.props OR node.label IS DISTINCT FROM excluded.label
                RETURNING created_import = $1
                """);
            cmd.CommandText = sql.ToString();
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) { if (r.GetBoolean(0)) nIns++; else nUpd++; }
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE node", conn, tx)) await analyze.ExecuteNonQueryAsync(ct);
        for (var start = 0; start < batch.Edges.Count; start += Rows)
        {
            var rows = batch.Edges.Skip(start).Take(Rows).ToList();
            var sql = new StringBuilder("""
                INSERT INTO edge (src, type, dst, props, source_file, source_line, import_id, created_import, as_of)
                SELECT s.nid, v.type, d.nid, v.props, v.file, v.line, $1, $1, v.as_of FROM (VALUES
                """);
            await using var cmd = new NpgsqlCommand { Connection = conn, Transaction = tx };
            cmd.Parameters.Add(new NpgsqlParameter { Value = importId });
            for (var i = 0; i < rows.Count; i++)
            {
                var p = cmd.Parameters.Count + 1;
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(${p}, ${p + 1}, ${p + 2}, ${p + 3}::jsonb, ${p + 4}, ${p + 5}::bigint, ${p + 6}, {start + i})");
                var (edge, src) = rows[i];
                cmd.Parameters.Add(new NpgsqlParameter { Value = edge.Start.Value });
                cmd.Parameters.Add(new NpgsqlParameter { Value = edge.Type });
                cmd.Parameters.Add(new NpgsqlParameter { Value = edge.End.Value });
                cmd.Parameters.Add(new NpgsqlParameter { Value = edge.Properties.ToJson() });
                cmd.Parameters.Add(new NpgsqlParameter { Value = src.File });
                cmd.Parameters.Add(new NpgsqlParameter { Value = src.Line });
                cmd.Parameters.Add(new NpgsqlParameter { Value = edge.Properties.GetString("asOf") ?? asOf });
            }
            sql.Append("""
                ) v (src_id, type, dst_id, props, file, line, as_of, ord)
                JOIN node s ON s.id = v.src_id JOIN node d ON d.id = v.dst_id ORDER BY v.ord
                ON CONFLICT (src, type, dst) DO UPDATE SET props = excluded.props, source_file = excluded.source_file,
                    source_line = excluded.source_line, import_id = excluded.import_id, as_of = excluded.as_of
                WHERE edge.props IS DISTINCT FROM excluded.props
                RETURNING created_import = $1
                """);
            cmd.CommandText = sql.ToString();
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) { if (r.GetBoolean(0)) eIns++; else eUpd++; }
        }
        await tx.CommitAsync(ct);
        return (new ChangeCounts(nIns, nUpd, batch.Nodes.Count - nIns - nUpd), new ChangeCounts(eIns, eUpd, batch.Edges.Count - eIns - eUpd));
    }
}
