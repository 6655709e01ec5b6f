using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>The upstream of a product as nodes and relationships to draw (the web page's graph).</summary>
/// <param name="Product">Product (or facility, transporter) traced.</param>
/// <param name="Name">Its name.</param>
/// <param name="Label">Its label.</param>
/// <param name="SnapshotVersion">Graph version drawn.</param>
/// <param name="ConeNodes">Nodes upstream, product included, whether returned or not.</param>
/// <param name="ConeEdges">SUPPLIES relationships upstream, whether returned or not.</param>
/// <param name="Truncated">True when only the nearest tiers were returned (more than maxNodes upstream).</param>
/// <param name="Nodes">Upstream nodes in tier order (product first), then the context nodes of the flags (workforces, owners, recruiters).</param>
/// <param name="Edges">SUPPLIES relationships between the nodes returned, then the relationships of the flags' chains.</param>
public sealed record TraceGraphResponse(string Product, string Name, string Label, long SnapshotVersion, int ConeNodes, int ConeEdges, bool Truncated,
    IReadOnlyList<GraphNodeContract> Nodes, IReadOnlyList<GraphEdgeContract> Edges)
{
    public static TraceGraphResponse Map(TraceGraph g) => new(g.Root.Value, g.RootName, g.RootLabel, g.SnapshotVersion, g.ConeNodes, g.ConeEdges, g.Truncated,
        new LazyList<TraceGraphNode, GraphNodeContract>(g.Nodes, GraphNodeContract.Map), new LazyList<TraceGraphEdge, GraphEdgeContract>(g.Edges, GraphEdgeContract.Map));
}
