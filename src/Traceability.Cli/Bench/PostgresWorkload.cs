using System.Diagnostics;
using Npgsql;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Snapshots;
using Traceability.Core.Storage;
using Traceability.Storage;
using Traceability.Storage.Postgres;

namespace Traceability.Cli.Bench;

/// <summary>
/// Workloads 1 and 9 on PostgreSQL: the store's import (binary COPY; the bulk path into an empty database) against
/// batched multi-row INSERT of the same rows, each into a fresh database, interleaved; then the upstream trace summary
/// in memory against the same summary in <c>WITH RECURSIVE</c> SQL on the imported tables and their indexes.
/// Runs against <c>--postgres</c> (a server where the user may create databases) or a throwaway cluster of its own.
/// </summary>
internal static class PostgresWorkload
{
    // A small dedicated server, durability on (fsync and full page writes are PostgreSQL's defaults).
    private static readonly string[] Settings =
        ["shared_buffers=1GB", "maintenance_work_mem=512MB", "work_mem=64MB", "max_wal_size=8GB", "max_connections=50"];

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchData data, string? server, string workdir, int importRuns, int runs, int products,
        bool import, bool trace, TextWriter log, CancellationToken ct)
    {
        LocalCluster? cluster = null;
        string admin;
        if (server is not null) admin = server;
        else
        {
            try
            {
                cluster = await LocalCluster.StartAsync(workdir, Settings, ct);
            }
            catch (InvalidOperationException e)
            {
                return [Skipped(data, import, trace, $"no PostgreSQL: {e.Message.Split('\n')[0]} (or pass --postgres)")];
            }
            admin = cluster.Connection("postgres");
        }
        try
        {
            var results = new List<BenchResult>();
            var batch = new GraphImporter(GraphSchema.Default, TimeProvider.System).Read([Path.Combine(data.Folder, "csv")], "neo4j-csv");
            var options = new ImportOptions(new DateOnly(2026, 11, 1), "bench", "neo4j-csv");
            var rows = batch.Nodes.Count + batch.Edges.Count;
            var copy = new List<double>();
            var insert = new List<double>();
            string? loaded = null;
            for (var r = 0; r < (import ? importRuns : 0); r++)
            {
                log.WriteLine($"  PostgreSQL import round {r + 1}/{importRuns} ...");
                var db = await FreshDatabaseAsync(admin, "bench_copy", ct);
                await using (var store = await PostgresGraphStore.OpenAsync(db, GraphSchema.Default, TimeProvider.System, ct))
                {
                    var sw = Stopwatch.StartNew();
                    await store.ImportAsync(batch, options, ct);
                    copy.Add(sw.Elapsed.TotalMilliseconds);
                }
                loaded = db;
                var other = await FreshDatabaseAsync(admin, "bench_insert", ct);
                await using (await PostgresGraphStore.OpenAsync(other, GraphSchema.Default, TimeProvider.System, ct)) { }
                var sw2 = Stopwatch.StartNew();
                await PostgresInsertBaseline.ImportAsync(other, GraphSchema.Default, batch, options, ct);
                insert.Add(sw2.Elapsed.TotalMilliseconds);
            }
            if (import)
            {
                var (c, i) = (Measure.Median(copy), Measure.Median(insert));
                results.Add(new BenchResult("PostgreSQL import (binary COPY) vs batched INSERT", data.Size, "store import", rows / (c / 1000),
                    "multi-row INSERT ... ON CONFLICT, 1,000 rows each", rows / (i / 1000), "rows/s", i / c, ">= 3x", i / c >= 3,
                    $"{rows:N0} rows into an empty database, median of {copy.Count}; {c / 1000:F1} s vs {i / 1000:F1} s; same validation, one transaction each"));
            }
            if (trace)
            {
                if (loaded is null)
                {
                    loaded = await FreshDatabaseAsync(admin, "bench_copy", ct);
                    await using var store = await PostgresGraphStore.OpenAsync(loaded, GraphSchema.Default, TimeProvider.System, ct);
                    await store.ImportAsync(batch, options, ct);
                }
                results.AddRange(Trace(data, loaded, runs, products, ct));
            }
            return results;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (cluster is not null) await cluster.DisposeAsync();
        }
    }

    private static BenchResult Skipped(BenchData data, bool import, bool trace, string why) =>
        new($"{(import ? "PostgreSQL import" : "")}{(import && trace ? ", " : "")}{(trace ? "trace vs PostgreSQL WITH RECURSIVE" : "")}", data.Size,
            "-", double.NaN, "-", double.NaN, "", double.NaN, "not run", null, why);

    private static async Task<string> FreshDatabaseAsync(string admin, string name, CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync(ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await create.ExecuteNonQueryAsync(ct);
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, CommandTimeout = 0 }.ConnectionString;
    }

    private static IEnumerable<BenchResult> Trace(BenchData data, string connectionString, int runs, int products, CancellationToken ct)
    {
        var sample = TraceWorkload.Sample(data, products, maxPaths: 2000);
        var bar = data.Size == "1m" ? 50 : 100;
        if (sample.Count == 0)
        {
            yield return TraceWorkload.NotMeasured("trace summary vs PostgreSQL recursive SQL", data.Size, "in-memory trace", "PostgreSQL WITH RECURSIVE", "ms/trace", $">= {bar}x");
            yield break;
        }
        using var conn = new NpgsqlConnection(connectionString);
        conn.Open();
        foreach (var p in sample)
        {
            var ours = TraceWorkload.Ours(data, p);
            var sql = Sql(conn, data.Graph.IdOf(p).Value);
            if (ours.Reachable != sql.Reachable || ours.Paths != sql.Paths || ours.Origins != sql.Origins)
                throw new InvalidOperationException($"trace of {data.Graph.IdOf(p)} disagrees: memory {ours}, PostgreSQL {sql}");
        }
        var times = Measure.Interleaved(runs, ct,
            () => { foreach (var p in sample) TraceWorkload.Ours(data, p); },
            () => { foreach (var p in sample) Sql(conn, data.Graph.IdOf(p).Value); });
        var per = times.Select(t => t / sample.Count).ToArray();
        yield return new BenchResult("trace summary vs PostgreSQL recursive SQL", data.Size, "in-memory trace", per[0], "PostgreSQL WITH RECURSIVE", per[1], "ms/trace",
            per[1] / per[0], $">= {bar}x", per[1] / per[0] >= bar, $"{TraceWorkload.Describe(data, sample)} with acyclic upstreams of at most 2,000 paths; results checked equal");
    }

    private static readonly string OriginTypes = string.Join(", ", GraphSnapshot.ExtractionTypes.Order(StringComparer.Ordinal).Select(t => $"'{t}'"));

    // The same summary as the SQLite query of TraceWorkload: reachable set stopping at origins (an origin tested per node
    // through the indexes), origins among them, nodes with a KP location or workforce, and paths by enumeration.
    private static readonly string Query = $"""
        WITH RECURSIVE
        up (nid) AS (
            SELECT nid FROM node WHERE id = $1
            UNION
            SELECT e.src FROM up JOIN node n ON n.nid = up.nid JOIN edge e ON e.dst = up.nid AND e.type = 'SUPPLIES'
            WHERE e.src <> e.dst AND NOT {Origin("n")}),
        walk (nid, path) AS (
            SELECT nid, ARRAY[nid] FROM node WHERE id = $1
            UNION ALL
            SELECT e.src, w.path || e.src FROM walk w JOIN node n ON n.nid = w.nid JOIN edge e ON e.dst = w.nid AND e.type = 'SUPPLIES'
            WHERE NOT {Origin("n")} AND e.src <> ALL (w.path))
        SELECT
            (SELECT count(*) FROM up),
            (SELECT count(*) FROM up JOIN node n ON n.nid = up.nid WHERE {Origin("n")}),
            (SELECT count(*) FROM up u JOIN node n ON n.nid = u.nid WHERE n.props ->> 'country' = 'KP'
                OR EXISTS (SELECT 1 FROM edge w JOIN node l ON l.nid = w.src WHERE w.dst = u.nid AND w.type = 'WORKS_AT' AND l.props ->> 'nationality' = 'KP')),
            (SELECT count(*) FROM walk w JOIN node n ON n.nid = w.nid WHERE {Origin("n")} OR NOT EXISTS (
                SELECT 1 FROM edge e WHERE e.dst = w.nid AND e.type = 'SUPPLIES' AND e.src <> ALL (w.path)))
        """;

    private static string Origin(string n) =>
        $"({n}.label = 'Facility' AND ({n}.props ->> 'facilityType' IN ({OriginTypes}) OR EXISTS (SELECT 1 FROM edge p WHERE p.src = {n}.nid AND p.type = 'PRODUCES')))";

    private static TraceWorkload.Summary Sql(NpgsqlConnection conn, string id)
    {
        using var cmd = new NpgsqlCommand(Query, conn);
        cmd.Parameters.Add(new NpgsqlParameter { Value = id });
        using var r = cmd.ExecuteReader();
        r.Read();
        return new TraceWorkload.Summary((int)r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2), r.GetInt64(3));
    }
}
