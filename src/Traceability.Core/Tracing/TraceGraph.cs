using Traceability.Core.Graph;

namespace Traceability.Core.Tracing;

/// <summary>The upstream of a root as nodes and relationships to draw: the cone (nearest tiers first) plus the context nodes its flags come from.</summary>
/// <param name="Root">The product (or facility, transporter) traced.</param>
/// <param name="RootName">Its name.</param>
/// <param name="RootLabel">Its label.</param>
/// <param name="SnapshotVersion">Graph version drawn.</param>
/// <param name="Nodes">Cone nodes in tier order (root first), then context nodes in id order.</param>
/// <param name="Edges">SUPPLIES relationships between the cone nodes kept, then the flag chains' relationships; one per start, type and end.</param>
/// <param name="ConeNodes">Nodes upstream, root included, whether kept or not.</param>
/// <param name="ConeEdges">SUPPLIES relationships upstream, whether kept or not.</param>
/// <param name="Truncated">True when the cone had more nodes than asked for and only the nearest tiers were kept.</param>
public sealed record TraceGraph(NodeId Root, string RootName, string RootLabel, long SnapshotVersion,
    IReadOnlyList<TraceGraphNode> Nodes, IReadOnlyList<TraceGraphEdge> Edges, int ConeNodes, int ConeEdges, bool Truncated);
