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

        var truncated = false;
        var distA = Bfs(g, a, maxRadius, nodeBudget, ref truncated, cancellationToken);
        var distB = Bfs(g, b, maxRadius, nodeBudget, ref truncated, cancellationToken);
        if (!distA.TryGetValue(b, out var d)) return new ConnectionResult(from, to, g.Version, null, [], truncated);

        var keep = distA.Where(kv => distB.TryGetValue(kv.Key, out var db) && kv.Value + db <= d + slack).Select(kv => kv.Key).ToHashSet();
        var graph = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: false);
        graph.AddVertexRange(keep.Order());
        foreach (var v in keep.Order())
            foreach (var u in Neighbours(g, v))
                if (keep.Contains(u)) graph.AddEdge(new EquatableTaggedEdge<int, double>(v, u, 1.0));
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

    private static Dictionary<int, int> Bfs(GraphSnapshot g, int start, int radius, int budget, ref bool truncated, CancellationToken ct)
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
                if (dist.ContainsKey(u)) continue;
                if (dist.Count >= budget) { truncated = true; return dist; }
                dist[u] = dist[v] + 1;
                queue.Enqueue(u);
            }
        }
        return dist;
    }

    private static IEnumerable<int> Neighbours(GraphSnapshot g, int v)
    {
        var set = new SortedSet<int>();
        foreach (var u in g.Out.Of(v)) set.Add(u);
        foreach (var u in g.In.Of(v)) set.Add(u);
        set.Remove(v);
        return set;
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
