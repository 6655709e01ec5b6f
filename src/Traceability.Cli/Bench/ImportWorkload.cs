using Microsoft.Data.Sqlite;
using Traceability.Core.Schema;
using Traceability.Storage;
using Traceability.Storage.Csv;
using Traceability.Storage.Sqlite;

namespace Traceability.Cli.Bench;

/// <summary>
/// Workload 9 (part): our SQLite import (checked against graph-schema, idempotent, with provenance) against a plain loop
/// that reads the same files and stores each row with its own INSERT statement, all in one transaction (the fast way to
/// write such a loop; autocommit per row would be far slower). Both start from an empty file with the same tables.
/// </summary>
internal static class ImportWorkload
{
    public static IEnumerable<BenchResult> Run(BenchData data, string workdir, int runs, CancellationToken ct)
    {
        var csv = Path.Combine(data.Folder, "csv");
        var dir = Path.Combine(workdir, "import-runs");
        Directory.CreateDirectory(dir);
        var n = 0;
        string Fresh() => Path.Combine(dir, $"run-{n++}.db");
        // A million-node import takes minutes and warms the JIT within its first seconds: no warm-up round there.
        var times = Measure.Interleaved(runs, data.Size != "1m", ct,
            () =>
            {
                var path = Fresh();
                var store = SqliteGraphStore.OpenAsync(path, GraphSchema.Default, TimeProvider.System, ct).GetAwaiter().GetResult();
                new GraphImporter(GraphSchema.Default, TimeProvider.System).ImportAsync(store, [csv], "neo4j-csv", "bench", null, ct).GetAwaiter().GetResult();
                store.DisposeAsync().AsTask().Wait(ct);
                Remove(path);
            },
            () =>
            {
                var path = Fresh();
                var store = SqliteGraphStore.OpenAsync(path, GraphSchema.Default, TimeProvider.System, ct).GetAwaiter().GetResult();
                store.DisposeAsync().AsTask().Wait(ct);
                RowLoop(path, csv);
                Remove(path);
            });
        var rows = data.Graph.NodeCount + data.Graph.EdgeCount;
        yield return new BenchResult("SQLite import vs row-by-row INSERT loop", data.Size, "import", rows / (times[0] / 1000), "one INSERT per row, one transaction",
            rows / (times[1] / 1000), "rows/s", times[1] / times[0], ">= 2x", times[1] / times[0] >= 2, $"{rows:N0} rows; {times[0] / 1000:F1} s vs {times[1] / 1000:F1} s, median of {runs}");
    }

    private static void Remove(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }

    // Reads the CSV files and inserts each row with its own statement; props as a JSON object of the raw strings.
    private static void RowLoop(string path, string folder)
    {
        using var conn = new SqliteConnection($"Data Source={path};Pooling=False");
        conn.Open();
        using var tx = conn.BeginTransaction();
        var nids = new Dictionary<string, long>(StringComparer.Ordinal);
        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files.Where(f => Path.GetFileName(f).StartsWith("nodes-", StringComparison.Ordinal)))
        {
            using var reader = new CsvReader(File.OpenRead(file));
            var header = reader.Read()!.Fields.Select(h => h.Split(':')[0]).ToArray();
            while (reader.Read() is { } r)
            {
                using var cmd = conn.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO node (id, label, name, props, source_file, source_line, import_id, created_import, as_of) VALUES ($id, $label, $name, $props, $f, $l, 1, 1, '2026-01-01') RETURNING nid";
                cmd.Parameters.AddWithValue("$id", r.Fields[0]);
                cmd.Parameters.AddWithValue("$label", r.Fields[1]);
                cmd.Parameters.AddWithValue("$name", r.Fields[Array.IndexOf(header, "name")]);
                cmd.Parameters.AddWithValue("$props", Json(header, r.Fields, 2));
                cmd.Parameters.AddWithValue("$f", Path.GetFileName(file));
                cmd.Parameters.AddWithValue("$l", r.Line);
                nids[r.Fields[0]] = (long)cmd.ExecuteScalar()!;
            }
        }
        foreach (var file in files.Where(f => Path.GetFileName(f).StartsWith("rels-", StringComparison.Ordinal)))
        {
            using var reader = new CsvReader(File.OpenRead(file));
            var header = reader.Read()!.Fields.Select(h => h.Split(':')[0]).ToArray();
            while (reader.Read() is { } r)
            {
                using var cmd = conn.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO edge (src, type, dst, props, source_file, source_line, import_id, created_import, as_of) VALUES ($s, $t, $d, $props, $f, $l, 1, 1, '2026-01-01')";
                cmd.Parameters.AddWithValue("$s", nids[r.Fields[0]]);
                cmd.Parameters.AddWithValue("$t", r.Fields[2]);
                cmd.Parameters.AddWithValue("$d", nids[r.Fields[1]]);
                cmd.Parameters.AddWithValue("$props", Json(header, r.Fields, 3));
                cmd.Parameters.AddWithValue("$f", Path.GetFileName(file));
                cmd.Parameters.AddWithValue("$l", r.Line);
                cmd.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    private static string Json(string[] header, string[] fields, int from)
    {
        var parts = new List<string>();
        for (var i = from; i < fields.Length; i++)
            if (fields[i].Length > 0) parts.Add(System.Text.Json.JsonSerializer.Serialize(header[i]) + ":" + System.Text.Json.JsonSerializer.Serialize(fields[i]));
        return "{" + string.Join(",", parts) + "}";
    }
}
