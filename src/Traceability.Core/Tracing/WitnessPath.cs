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
internal sealed class WitnessPath(Cone cone, int local, Lazy<int[]> anchors) : IReadOnlyList<NodeId>
{
    // The cone's rows, tiers and parents stay valid after the cone is disposed (only its index map is pooled).
    private readonly Snapshots.GraphSnapshot _graph = cone.Graph;
    private readonly int[] _nodes = cone.Nodes;
    private readonly int[] _parent = cone.Parent;
    private readonly int[] _tier = cone.Tier;
    private readonly Lazy<int[]> _anchors = anchors;
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
        // Both ends of the route are found by walking parent pointers from the node (its last nodes) and from its ancestor at
        // tier RouteEnds - 1 (the first ones), never along the whole route: a thousand witnesses a million hops deep cost
        // nothing more than shallow ones.
        var depth = _tier[local];
        var elided = depth + 1 > 2 * RouteEnds;
        var tail = new List<int>();
        var x = local;
        for (; x >= 0 && (!elided || tail.Count < RouteEnds); x = _parent[x]) tail.Add(x);
        tail.Reverse();
        var head = new List<int>();
        if (elided)
        {
            _omitted = depth + 1 - 2 * RouteEnds;
            for (var y = _anchors.Value[local]; y >= 0; y = _parent[y]) head.Add(y);
            head.Reverse();
        }
        var path = new List<int>(head.Count + tail.Count + 2 * RouteEnds);
        path.AddRange(head);
        path.AddRange(tail);
        var onward = new HashSet<int>();
        // On the route: the head and the tail are known; a node at a tier of the omitted middle counts as on it (the onward
        // part may end sooner, but never repeats a node).
        bool On(int u)
        {
            var t = _tier[u];
            if (onward.Contains(u)) return true;
            if (t > depth) return false;
            if (!elided) return path[t] == u;
            if (t < RouteEnds) return head[t] == u;
            if (t > depth - RouteEnds) return tail[t - (depth + 1 - RouteEnds)] == u;
            return true;
        }
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

    /// <summary>For every node of a cone, its ancestor at tier <see cref="RouteEnds"/> - 1 (itself when shallower): one pass in breadth-first order.</summary>
    public static int[] Anchors(Cone cone)
    {
        var anchors = new int[cone.Count];
        for (var l = 0; l < anchors.Length; l++)
            anchors[l] = cone.Tier[l] < RouteEnds ? l : anchors[cone.Parent[l]];
        return anchors;
    }
}
