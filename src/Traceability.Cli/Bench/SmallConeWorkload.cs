using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Cli.Bench;

/// <summary>
/// Workload 3: a small upstream (100 nodes or fewer) traced in a large graph costs no more than in a small one:
/// no per-query work in proportion to the whole graph. Roots (products, then facilities: a trace starts at either) with
/// cones of 20 to 100 nodes are traced in both graphs; time per cone node is compared.
/// </summary>
internal static class SmallConeWorkload
{
    public static IEnumerable<BenchResult> Run(BenchData small, BenchData large, int runs, CancellationToken ct)
    {
        var a = Pick(small.Graph);
        var b = Pick(large.Graph);
        if (a.Count == 0 || b.Count == 0)
        {
            // At about 5 relationships per node few product cones stay that small; facilities nearer the origins do.
            yield return new BenchResult("small upstream in a large graph", $"{large.Size} vs {small.Size}", $"trace in {large.Size}", double.NaN,
                $"trace in {small.Size}", double.NaN, "µs per cone node", double.NaN, "<= 2x", null,
                $"not measured: {a.Count} roots in {small.Size} and {b.Count} in {large.Size} have cones of 20-100 nodes; both need one");
            yield break;
        }
        var nodesA = a.Sum(p => Size(small.Graph, p));
        var nodesB = b.Sum(p => Size(large.Graph, p));
        var times = Measure.Interleaved(runs, ct,
            () => { foreach (var p in a) TraceEngine.Trace(small.Risk, small.Graph.IdOf(p), new PathQuery { Limit = 20 }, null, ct); },
            () => { foreach (var p in b) TraceEngine.Trace(large.Risk, large.Graph.IdOf(p), new PathQuery { Limit = 20 }, null, ct); });
        var perNodeSmall = times[0] * 1000 / nodesA;
        var perNodeLarge = times[1] * 1000 / nodesB;
        var ratio = perNodeLarge / perNodeSmall;
        yield return new BenchResult("small upstream in a large graph", $"{large.Size} vs {small.Size}", $"trace in {large.Size}", perNodeLarge,
            $"trace in {small.Size}", perNodeSmall, "µs per cone node", 1 / ratio, "<= 2x", ratio <= 2,
            $"{TraceWorkload.Describe(large, b)}: {nodesB} cone nodes vs {TraceWorkload.Describe(small, a)}: {nodesA}; cones of 20-100 nodes; {ratio:F2}x");
    }

    private static int Size(GraphSnapshot g, int product)
    {
        using var cone = Cone.Build(g, product);
        return cone.Count;
    }

    private static List<int> Pick(GraphSnapshot g)
    {
        var list = new List<int>();
        var seen = new HashSet<int>();
        var queue = new List<int>();
        foreach (var kind in new[] { NodeKind.Product, NodeKind.Facility })
            for (var v = 0; v < g.NodeCount && list.Count < 50; v++)
            {
                if (g.KindOf(v) != kind || g.IsOrigin[v]) continue;
                // Most cones of a large graph are large: count upstream nodes only up to 101 before building a cone.
                if (UpTo(g, v, 101, seen, queue) is >= 20 and <= 100 && Size(g, v) is >= 20 and <= 100) list.Add(v);
            }
        return list;
    }

    // Nodes reached upstream of v (origins not expanded, as in a cone), counted up to limit.
    private static int UpTo(GraphSnapshot g, int v, int limit, HashSet<int> seen, List<int> queue)
    {
        seen.Clear();
        queue.Clear();
        seen.Add(v);
        queue.Add(v);
        for (var head = 0; head < queue.Count && queue.Count < limit; head++)
        {
            var x = queue[head];
            if (g.IsOrigin[x]) continue;
            foreach (var u in g.Suppliers.Of(x))
                if (seen.Add(u)) queue.Add(u);
        }
        return queue.Count;
    }
}
