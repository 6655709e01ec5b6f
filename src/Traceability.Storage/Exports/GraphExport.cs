using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Storage;

namespace Traceability.Storage.Exports;

/// <summary>
/// The nodes and relationships to export: the whole stored graph, or the subgraph induced by a set of node ids (a trace's
/// cone and its flag context), with each node's flag codes from the risk index.
/// </summary>
public sealed record GraphExport(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, IReadOnlyDictionary<string, IReadOnlyList<string>> Flags)
{
    public static async Task<GraphExport> LoadAsync(IGraphStore store, RiskIndex? risk, IReadOnlyCollection<NodeId>? only, CancellationToken ct)
    {
        var keep = only is null ? null : new HashSet<string>(only.Select(n => n.Value), StringComparer.Ordinal);
        var nodes = new List<GraphNode>();
        await foreach (var n in store.ReadNodesAsync(ct))
            if (keep is null || keep.Contains(n.Node.Id.Value)) nodes.Add(n.Node);
        var edges = new List<GraphEdge>();
        await foreach (var e in store.ReadEdgesAsync(ct))
            if (keep is null || (keep.Contains(e.Edge.Start.Value) && keep.Contains(e.Edge.End.Value))) edges.Add(e.Edge);
        var flags = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (risk is not null)
            foreach (var n in nodes)
                if (risk.Graph.Find(n.Id.Value) is { } v && risk.MaskOf(v) != 0)
                    flags[n.Id.Value] = [.. FlagKinds.InMask(risk.MaskOf(v)).Select(FlagKinds.Code)];
        return new GraphExport(nodes, edges, flags);
    }

    public IReadOnlyList<string> FlagsOf(NodeId id) => Flags.TryGetValue(id.Value, out var f) ? f : [];
}
