using System.Numerics;
using Microsoft.Data.Sqlite;
using Traceability.Core.Graph;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Cli.Bench;

/// <summary>
/// Workload 1 (SQLite part): the upstream trace summary (reachable set, origins, flagged nodes, exact path count)
/// in memory against the same summary in recursive SQL on the store's own tables and indexes. The SQL counts paths by
/// enumerating them (a recursive query has no other way), so roots (products, then facilities) are picked whose path count stays small.
/// </summary>
internal static class TraceWorkload
{
    public static IEnumerable<BenchResult> Run(BenchData data, int runs, int products, CancellationToken ct)
    {
        var sample = Sample(data, products, maxPaths: 2000);
        if (sample.Count == 0)
        {
            yield return NotMeasured("trace summary vs SQLite recursive SQL", data.Size, "in-memory trace", "SQLite WITH RECURSIVE", "ms/trace", ">= 100x");
            yield break;
        }
        using var conn = new SqliteConnection($"Data Source={data.Store.Path};Mode=ReadOnly");
        conn.Open();
        // Check both sides agree before timing them.
        foreach (var p in sample)
        {
            var ours = Ours(data, p);
            var sql = Sql(conn, data.Graph.IdOf(p).Value);
            if (ours.Reachable != sql.Reachable || ours.Paths != sql.Paths || ours.Origins != sql.Origins)
                throw new InvalidOperationException($"trace of {data.Graph.IdOf(p)} disagrees: memory {ours}, SQL {sql}");
        }
        var times = Measure.Interleaved(runs, ct,
            () => { foreach (var p in sample) Ours(data, p); },
            () => { foreach (var p in sample) Sql(conn, data.Graph.IdOf(p).Value); });
        var per = times.Select(t => t / sample.Count).ToArray();
        yield return new BenchResult("trace summary vs SQLite recursive SQL", data.Size, "in-memory trace", per[0], "SQLite WITH RECURSIVE", per[1], "ms/trace",
            per[1] / per[0], ">= 100x", per[1] / per[0] >= 100, $"{Describe(data, sample)} with acyclic upstreams of at most 2,000 paths; results checked equal");
    }

    /// <summary>
    /// The line of a comparison whose SQL side enumerates paths when no sampled product qualifies: at about 5 relationships
    /// per node nearly every product's upstream holds far more than 2,000 paths or a recycling loop.
    /// </summary>
    internal static BenchResult NotMeasured(string workload, string size, string ours, string alternative, string unit, string bar) =>
        new(workload, size, ours, double.NaN, alternative, double.NaN, unit, double.NaN, bar, null,
            "not measured: no sampled product or facility has an acyclic upstream with at most 2,000 paths for the SQL side to enumerate");

    /// <summary>
    /// Up to <paramref name="count"/> roots spread over the graph whose upstream has at least 5 nodes and an exact path
    /// count. With a <paramref name="maxPaths"/> bound (for SQL that enumerates paths) the upstream must also be acyclic
    /// and hold at most that many paths, and facilities count as roots besides products: a trace starts at either, and at
    /// about 5 relationships per node almost every product's upstream holds millions of paths.
    /// </summary>
    internal static List<int> Sample(BenchData data, int count, long maxPaths)
    {
        var g = data.Graph;
        var bounded = maxPaths < long.MaxValue;
        var list = new List<int>();
        foreach (var kind in bounded ? [NodeKind.Product, NodeKind.Facility] : new[] { NodeKind.Product })
            for (var v = 0; v < g.NodeCount && list.Count < count; v += Math.Max(1, g.NodeCount / 5000))
            {
                if (g.KindOf(v) != kind || g.IsOrigin[v]) continue;
                using var cone = Cone.Build(g, v);
                if (cone.Count < 5) continue;
                var counts = PathCounter.Count(cone, 100_000, CancellationToken.None);
                if (counts.Exact && counts.Total <= maxPaths && (!bounded || counts.CyclicComponents == 0)) list.Add(v);
            }
        return list;
    }

    /// <summary>"12 roots (3 products, 9 facilities)".</summary>
    internal static string Describe(BenchData data, IReadOnlyCollection<int> roots)
    {
        var products = roots.Count(v => data.Graph.KindOf(v) == NodeKind.Product);
        return $"{roots.Count} roots ({products} products, {roots.Count - products} facilities)";
    }

    internal sealed record Summary(int Reachable, int Origins, int Flagged, BigInteger Paths);

    internal static Summary Ours(BenchData data, int product)
    {
        var r = TraceEngine.Trace(data.Risk, data.Graph.IdOf(product), new PathQuery { Limit = 0 }, null, CancellationToken.None);
        return new Summary(r.ConeNodes, r.Origins.Count, r.Flags.Select(f => f.Flag.Node).Distinct().Count(), r.PathCount.Value);
    }

    private static readonly string OriginTypes = string.Join(", ", GraphSnapshot.ExtractionTypes.Order(StringComparer.Ordinal).Select(t => $"'{t}'"));

    // An origin tested per node through the indexes (the partial index on facilityType, the edge key for PRODUCES).
    private static string Origin(string n) =>
        $"({n}.label = 'Facility' AND (json_extract({n}.props, '$.facilityType') IN ({OriginTypes}) OR EXISTS (SELECT 1 FROM edge p WHERE p.src = {n}.nid AND p.type = 'PRODUCES')))";

    // Reachable set stopping at origins, origins among them, nodes with a KP location or workforce, and paths by enumeration.
    private static readonly string Query = $"""
        WITH RECURSIVE
        up(nid) AS (
            SELECT nid FROM node WHERE id = $id
            UNION
            SELECT e.src FROM up JOIN node n ON n.nid = up.nid JOIN edge e ON e.dst = up.nid AND e.type = 'SUPPLIES'
            WHERE e.src <> e.dst AND NOT {Origin("n")}),
        walk(nid, path) AS (
            SELECT nid, ',' || nid || ',' FROM node WHERE id = $id
            UNION ALL
            SELECT e.src, w.path || e.src || ',' FROM walk w JOIN node n ON n.nid = w.nid JOIN edge e ON e.dst = w.nid AND e.type = 'SUPPLIES'
            WHERE NOT {Origin("n")} AND instr(w.path, ',' || e.src || ',') = 0)
        SELECT
            (SELECT count(*) FROM up),
            (SELECT count(*) FROM up JOIN node n ON n.nid = up.nid WHERE {Origin("n")}),
            (SELECT count(*) FROM up u JOIN node n ON n.nid = u.nid WHERE json_extract(n.props, '$.country') = 'KP'
                OR EXISTS (SELECT 1 FROM edge w JOIN node l ON l.nid = w.src WHERE w.dst = u.nid AND w.type = 'WORKS_AT' AND json_extract(l.props, '$.nationality') = 'KP')),
            (SELECT count(*) FROM walk w JOIN node n ON n.nid = w.nid WHERE {Origin("n")} OR NOT EXISTS (
                SELECT 1 FROM edge e WHERE e.dst = w.nid AND e.type = 'SUPPLIES' AND instr(w.path, ',' || e.src || ',') = 0))
        """;

    internal static Summary Sql(SqliteConnection conn, string id)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = Query;
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        r.Read();
        return new Summary(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt64(3));
    }
}
