using Traceability.Core.Snapshots;

namespace Traceability.Core.Tracing;

/// <summary>
/// The upstream cone of a root: every node reachable backwards along SUPPLIES without passing through an origin
/// (paths stop at origins), re-indexed locally (root = 0) with its traced edges as compressed rows.
/// Building it costs the cone's size, never the whole graph's.
/// </summary>
internal sealed class Cone
{
    private Cone(GraphSnapshot graph, int[] nodes, Dictionary<int, int> local, int[] tier, int[] parent, int[] off, int[] adj)
    {
        Graph = graph;
        Nodes = nodes;
        Local = local;
        Tier = tier;
        Parent = parent;
        Off = off;
        Adj = adj;
    }

    public GraphSnapshot Graph { get; }

    /// <summary>Global index of each local node, in breadth-first order from the root.</summary>
    public int[] Nodes { get; }

    public Dictionary<int, int> Local { get; }

    /// <summary>Fewest SUPPLIES hops from the root (the supplier tier).</summary>
    public int[] Tier { get; }

    /// <summary>Breadth-first parent (local), -1 for the root: the shortest path back to the root.</summary>
    public int[] Parent { get; }

    /// <summary>Traced edges: suppliers of local node v are <c>Adj[Off[v]..Off[v+1]]</c>, in id order.</summary>
    public int[] Off { get; }

    public int[] Adj { get; }

    public int Count => Nodes.Length;

    public int EdgeCount => Adj.Length;

    public ReadOnlySpan<int> SuppliersOf(int v) => Adj.AsSpan(Off[v], Off[v + 1] - Off[v]);

    /// <summary>True when a path ending at v is complete: v is an origin or has no supplier.</summary>
    public bool IsTerminal(int v) => Off[v + 1] == Off[v];

    public static Cone Build(GraphSnapshot g, int root)
    {
        var local = new Dictionary<int, int> { [root] = 0 };
        var nodes = new List<int> { root };
        var tier = new List<int> { 0 };
        var parent = new List<int> { -1 };
        var edges = new List<(int From, int To)>();
        for (var head = 0; head < nodes.Count; head++)
        {
            var v = nodes[head];
            if (g.IsOrigin[v]) continue;
            foreach (var u in g.Suppliers.Of(v))
            {
                if (u == v) continue;
                if (!local.TryGetValue(u, out var lu))
                {
                    lu = nodes.Count;
                    local[u] = lu;
                    nodes.Add(u);
                    tier.Add(tier[head] + 1);
                    parent.Add(head);
                }
                edges.Add((head, lu));
            }
        }
        var n = nodes.Count;
        var off = new int[n + 1];
        foreach (var (from, _) in edges) off[from + 1]++;
        for (var i = 0; i < n; i++) off[i + 1] += off[i];
        // Edges were added per node in the snapshot's id order, and nodes in BFS order: rows are contiguous.
        var adj = new int[edges.Count];
        for (var i = 0; i < edges.Count; i++) adj[i] = edges[i].To;
        return new Cone(g, [.. nodes], local, [.. tier], [.. parent], off, adj);
    }
}
