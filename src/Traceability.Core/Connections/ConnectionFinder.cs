using System.Globalization;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;
using Traceability.Core.Graph;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Connections;

/// <summary>
/// The k shortest loopless paths between two entities over every relationship type, either direction
/// ("how is this supplier connected to that blocked company?"). A breadth-first search from both ends finds the
/// distance and bounds the neighbourhood; QuikGraph's Yen algorithm ranks paths on that neighbourhood only.
/// </summary>
public static class ConnectionFinder
{
    /// <summary>Finds up to <paramref name="k"/> connections.</summary>
    /// <exception cref="NotFoundException">Either id is unknown.</exception>
    /// <exception cref="QueryException">k or the radius is out of range.</exception>
    public static ConnectionResult Find(GraphSnapshot g, NodeId from, NodeId to, int k, int maxRadius = 8, int slack = 2,
        int nodeBudget = 200_000, CancellationToken cancellationToken = default)
    {
        if (!g.TryGetIndex(from, out var a)) throw new NotFoundException("node", from.Value);
        if (!g.TryGetIndex(to, out var b)) throw new NotFoundException("node", to.Value);
        if (k is < 1 or > 50) throw new QueryException("k", "must be between 1 and 50");
        if (maxRadius is < 1 or > 20) throw new QueryException("maxRadius", "must be between 1 and 20");
        if (a == b) return new ConnectionResult(from, to, g.Version, 0, [], false);

        // One search from each end. Once one search has reached the other end (breadth-first, so at the true distance d), the
        // search from the other end follows only nodes within the slack of a shortest connection: a hub next door does
        // not eat its budget before the path is found.
        var truncated = false;
        var distA = Bfs(g, a, maxRadius, nodeBudget, null, ref truncated, cancellationToken);
        Dictionary<int, int> distB;
        if (distA.TryGetValue(b, out var d))
        {
            distB = Bfs(g, b, d + slack, nodeBudget, Near(distA, d + slack), ref truncated, cancellationToken);
        }
        else
        {
            var cutA = truncated;
            truncated = false;
            distB = Bfs(g, b, maxRadius, nodeBudget, null, ref truncated, cancellationToken);
            if (distB.TryGetValue(a, out d))
            {
                distA = Bfs(g, a, d + slack, nodeBudget, Near(distB, d + slack), ref truncated, cancellationToken);
            }
            else
            {
                // Both searches were cut (or nothing connects within the radius): they may still meet in the middle.
                truncated |= cutA;
                var meet = distA.Where(kv => distB.ContainsKey(kv.Key)).Select(kv => kv.Value + distB[kv.Key]).DefaultIfEmpty(int.MaxValue).Min();
                if (!truncated || meet == int.MaxValue) return new ConnectionResult(from, to, g.Version, null, [], truncated);
                d = meet;
            }
        }

        var keep = distA.Where(kv => distB.TryGetValue(kv.Key, out var db) && kv.Value + db <= d + slack).Select(kv => kv.Key).ToHashSet();
        keep.Add(a);
        keep.Add(b);
        var adjacency = Prune(g, keep, a, b);
        if (adjacency.Count > MaxRanked)
        {
            // Keep the nodes nearest to both ends (the shortest connections need only those at distance d).
            truncated = true;
            var nearest = adjacency.Keys.OrderBy(v => distA.GetValueOrDefault(v, d) + distB.GetValueOrDefault(v, d)).ThenBy(v => v).Take(MaxRanked).ToHashSet();
            nearest.Add(a);
            nearest.Add(b);
            adjacency = Prune(g, nearest, a, b);
        }
        var graph = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: false);
        graph.AddVertexRange(adjacency.Keys.Order());
        foreach (var v in adjacency.Keys.Order())
            foreach (var u in adjacency[v])
                graph.AddEdge(new EquatableTaggedEdge<int, double>(v, u, 1.0));
        cancellationToken.ThrowIfCancellationRequested();
        var yen = new YenShortestPathsAlgorithm<int>(graph, a, b, k);
        List<Connection> connections;
        try
        {
            connections = [.. yen.Execute().Take(k).Select(path => ToConnection(g, path.Select(e => (e.Source, e.Target))))];
        }
        catch (NoPathFoundException)
        {
            connections = [];
        }
        return new ConnectionResult(from, to, g.Version, d, connections, truncated);
    }

    /// <summary>
    /// Most nodes handed to Yen's algorithm, which is neither cancellable nor cheap (a Dijkstra over the whole neighbourhood
    /// per spur node): measured, a hub with 100,000 spokes took 10 s before dead ends were pruned.
    /// </summary>
    public const int MaxRanked = 5000;

    // The neighbourhood without dead ends: a node other than the two ends with fewer than two neighbours left cannot be
    // inside a simple path between them, so such nodes are removed until none is left (the spokes of a hub all go).
    private static Dictionary<int, List<int>> Prune(GraphSnapshot g, HashSet<int> keep, int a, int b)
    {
        var adjacency = keep.ToDictionary(v => v, v => Neighbours(g, v).Where(keep.Contains).ToList());
        var degree = adjacency.ToDictionary(kv => kv.Key, kv => kv.Value.Count);
        var removed = new HashSet<int>();
        var queue = new Queue<int>(adjacency.Keys.Where(v => v != a && v != b && degree[v] < 2));
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            if (!removed.Add(v)) continue;
            foreach (var u in adjacency[v])
                if (!removed.Contains(u) && --degree[u] < 2 && u != a && u != b) queue.Enqueue(u);
        }
        return adjacency.Where(kv => !removed.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value.Where(u => !removed.Contains(u)).ToList());
    }

    // Nodes worth visiting from the other end: known to the complete search, and within the limit through them.
    private static Func<int, int, bool> Near(Dictionary<int, int> complete, int limit) =>
        (node, depth) => complete.TryGetValue(node, out var other) && other + depth <= limit;

    private static Dictionary<int, int> Bfs(GraphSnapshot g, int start, int radius, int budget, Func<int, int, bool>? visit, ref bool truncated,
        CancellationToken ct)
    {
        var dist = new Dictionary<int, int> { [start] = 0 };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            var v = queue.Dequeue();
            if (dist[v] >= radius) continue;
            foreach (var u in Neighbours(g, v))
            {
                if (dist.ContainsKey(u) || (visit is not null && !visit(u, dist[v] + 1))) continue;
                if (dist.Count >= budget) { truncated = true; return dist; }
                dist[u] = dist[v] + 1;
                queue.Enqueue(u);
            }
        }
        return dist;
    }

    // Sorted, distinct, without v itself; an array sort rather than a SortedSet (a hub has a million neighbours).
    private static IEnumerable<int> Neighbours(GraphSnapshot g, int v)
    {
        var outs = g.Out.Of(v);
        var ins = g.In.Of(v);
        var all = new int[outs.Length + ins.Length];
        outs.CopyTo(all);
        ins.CopyTo(all.AsSpan(outs.Length));
        Array.Sort(all);
        var n = 0;
        for (var i = 0; i < all.Length; i++)
            if (all[i] != v && (n == 0 || all[n - 1] != all[i])) all[n++] = all[i];
        return new ArraySegment<int>(all, 0, n);
    }

    private static Connection ToConnection(GraphSnapshot g, IEnumerable<(int From, int To)> steps) =>
        new([.. steps.Select(s => new Hop(g.IdOf(s.From), g.NameOf(s.From), g.IdOf(s.To), g.NameOf(s.To), Relations(g, s.From, s.To)))]);

    private static List<HopRelation> Relations(GraphSnapshot g, int from, int to)
    {
        var list = new List<HopRelation>();
        var outs = g.Out.Of(from);
        var outEdges = g.Out.EdgesOf(from);
        for (var i = 0; i < outs.Length; i++)
            if (outs[i] == to) list.Add(Relation(g, outEdges[i], true));
        var ins = g.In.Of(from);
        var inEdges = g.In.EdgesOf(from);
        for (var i = 0; i < ins.Length; i++)
            if (ins[i] == to) list.Add(Relation(g, inEdges[i], false));
        return list;
    }

    private static HopRelation Relation(GraphSnapshot g, int e, bool forward)
    {
        var detail = g.EdgeKinds[e] switch
        {
            RelKind.Owns when !double.IsNaN(g.EdgePercent[e]) => g.EdgePercent[e].ToString("0.##", CultureInfo.InvariantCulture) + "%",
            RelKind.Supplies => g.EdgeMaterial[e],
            _ => null,
        };
        return new HopRelation(SnapshotBuilder.TypeName(g.EdgeKinds[e]), forward, detail);
    }
}
