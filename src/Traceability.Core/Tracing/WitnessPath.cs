using System.Collections;
using Traceability.Core.Graph;

namespace Traceability.Core.Tracing;

/// <summary>
/// A witness path through a flagged node: the breadth-first route from the root to it, then onward upstream by the first
/// supplier not on the path. Worked out when first read, so that a trace with many flags pays for the witnesses it shows.
/// A witness holds at most <see cref="MaxNodes"/> ids: a route longer than <see cref="RouteEnds"/> twice keeps its first
/// and last <see cref="RouteEnds"/> nodes (the flagged node always among them) and counts the rest in <see cref="Omitted"/>,
/// and the onward part stops after <see cref="RouteEnds"/> twice. Without the bound a chain of a million flagged nodes
/// would put half a million million ids into one trace.
/// </summary>
internal sealed class WitnessPath(Cone cone, int local) : IReadOnlyList<NodeId>
{
    // The cone's rows, tiers and parents stay valid after the cone is disposed (only its index map is pooled).
    private readonly Snapshots.GraphSnapshot _graph = cone.Graph;
    private readonly int[] _nodes = cone.Nodes;
    private readonly int[] _parent = cone.Parent;
    private readonly int[] _tier = cone.Tier;
    private readonly int[] _off = cone.Off;
    private readonly int[] _adj = cone.Adj;
    private NodeId[]? _ids;
    private int _omitted;

    /// <summary>Nodes kept at each end of a long route from the root.</summary>
    public const int RouteEnds = 50;

    /// <summary>Most ids in one witness.</summary>
    public const int MaxNodes = 4 * RouteEnds;

    /// <summary>Nodes of the route left out between the first and the last <see cref="RouteEnds"/>.</summary>
    public int Omitted
    {
        get
        {
            _ = Ids;
            return _omitted;
        }
    }

    public NodeId this[int index] => Ids[index];

    public int Count => Ids.Length;

    public IEnumerator<NodeId> GetEnumerator() => ((IEnumerable<NodeId>)Ids).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private NodeId[] Ids => _ids ??= Compute();

    private NodeId[] Compute()
    {
        // The route by tier (a breadth-first route has one node per tier), so that "is x on the route" is one array read.
        var depth = _tier[local];
        var route = new int[depth + 1];
        for (int x = local, t = depth; x >= 0; x = _parent[x], t--) route[t] = x;
        var path = new List<int>(Math.Min(route.Length, 2 * RouteEnds) + 2 * RouteEnds);
        if (route.Length > 2 * RouteEnds)
        {
            _omitted = route.Length - 2 * RouteEnds;
            path.AddRange(route.AsSpan(0, RouteEnds));
            path.AddRange(route.AsSpan(route.Length - RouteEnds));
        }
        else path.AddRange(route);
        var onward = new HashSet<int>();
        bool On(int x) => (_tier[x] <= depth && route[_tier[x]] == x) || onward.Contains(x);
        var v = local;
        while (onward.Count < 2 * RouteEnds)
        {
            var next = -1;
            for (var i = _off[v]; i < _off[v + 1]; i++)
                if (!On(_adj[i])) { next = _adj[i]; break; }
            if (next < 0) break;
            path.Add(next);
            onward.Add(next);
            v = next;
        }
        var ids = new NodeId[path.Count];
        for (var i = 0; i < path.Count; i++) ids[i] = _graph.IdOf(_nodes[path[i]]);
        return ids;
    }
}
