using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Tracing;

/// <summary>
/// The upstream cone of a root: every node reachable backwards along SUPPLIES without passing through an origin
/// (paths stop at origins), re-indexed locally (root = 0) with its traced edges as compressed rows.
/// Building it costs the cone's size, never the whole graph's: the global-to-local map is a pooled array whose used
/// entries are reset on dispose.
/// </summary>
internal sealed class Cone : IDisposable
{
    private static readonly ConditionalWeakTable<GraphSnapshot, ConcurrentBag<int[]>> Maps = [];

    private readonly int[] _map;
    private readonly ConcurrentBag<int[]> _pool;

    private Cone(GraphSnapshot graph, int[] map, ConcurrentBag<int[]> pool, int[] nodes, int[] tier, int[] parent, int[] off, int[] adj)
    {
        Graph = graph;
        _map = map;
        _pool = pool;
        Nodes = nodes;
        Tier = tier;
        Parent = parent;
        Off = off;
        Adj = adj;
    }

    public GraphSnapshot Graph { get; }

    /// <summary>Global index of each local node, in breadth-first order from the root.</summary>
    public int[] Nodes { get; }

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

    /// <summary>Local index of a global node, or -1 when it is not in the cone.</summary>
    public int LocalOf(int global) => _map[global];

    public static Cone Build(GraphSnapshot g, int root)
    {
        var pool = Maps.GetValue(g, _ => []);
        if (!pool.TryTake(out var map))
        {
            map = new int[g.NodeCount];
            Array.Fill(map, -1);
        }
        var nodes = new List<int> { root };
        var tier = new List<int> { 0 };
        var parent = new List<int> { -1 };
        var off = new List<int> { 0 };
        var adj = new List<int>();
        map[root] = 0;
        var sup = g.Suppliers;
        for (var head = 0; head < nodes.Count; head++)
        {
            var v = nodes[head];
            if (!g.IsOrigin[v])
            {
                foreach (var u in sup.Of(v))
                {
                    if (u == v) continue;
                    var lu = map[u];
                    if (lu < 0)
                    {
                        lu = nodes.Count;
                        map[u] = lu;
                        nodes.Add(u);
                        tier.Add(tier[head] + 1);
                        parent.Add(head);
                    }
                    adj.Add(lu);
                }
            }
            off.Add(adj.Count);
        }
        return new Cone(g, map, pool, [.. nodes], [.. tier], [.. parent], [.. off], [.. adj]);
    }

    public void Dispose()
    {
        foreach (var v in Nodes) _map[v] = -1;
        _pool.Add(_map);
    }
}
