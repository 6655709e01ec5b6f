using System.Collections;
using Traceability.Core.Graph;

namespace Traceability.Core.Tracing;

/// <summary>
/// A witness path through a flagged node: the breadth-first route from the root to it, then onward upstream by the first
/// supplier not on the path. Worked out when first read, so that a trace with many flags pays for the witnesses it shows.
/// </summary>
internal sealed class WitnessPath(Cone cone, int local) : IReadOnlyList<NodeId>
{
    // The cone's rows, tiers and parents stay valid after the cone is disposed (only its index map is pooled).
    private readonly Snapshots.GraphSnapshot _graph = cone.Graph;
    private readonly int[] _nodes = cone.Nodes;
    private readonly int[] _parent = cone.Parent;
    private readonly int[] _off = cone.Off;
    private readonly int[] _adj = cone.Adj;
    private NodeId[]? _ids;

    public NodeId this[int index] => Ids[index];

    public int Count => Ids.Length;

    public IEnumerator<NodeId> GetEnumerator() => ((IEnumerable<NodeId>)Ids).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private NodeId[] Ids => _ids ??= Compute();

    private NodeId[] Compute()
    {
        var path = new List<int>();
        for (var x = local; x >= 0; x = _parent[x]) path.Add(x);
        path.Reverse();
        var on = new HashSet<int>(path);
        var v = local;
        while (true)
        {
            var next = -1;
            for (var i = _off[v]; i < _off[v + 1]; i++)
                if (!on.Contains(_adj[i])) { next = _adj[i]; break; }
            if (next < 0) break;
            path.Add(next);
            on.Add(next);
            v = next;
        }
        var ids = new NodeId[path.Count];
        for (var i = 0; i < path.Count; i++) ids[i] = _graph.IdOf(_nodes[path[i]]);
        return ids;
    }
}
