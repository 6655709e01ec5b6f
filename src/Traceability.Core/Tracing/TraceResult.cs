using Traceability.Core.Graph;

namespace Traceability.Core.Tracing;

/// <summary>A trace of one product (or facility) back to its origins.</summary>
/// <param name="Root">The product traced.</param>
/// <param name="RootName">Its name.</param>
/// <param name="RootLabel">Its label.</param>
/// <param name="SnapshotVersion">Graph version traced.</param>
/// <param name="ListsVersion">Reference lists and sanction seeds used.</param>
/// <param name="PathCount">Maximal paths from the root, exact or a lower bound.</param>
/// <param name="Presumption">The 321(b) verdict.</param>
/// <param name="Origins">Origins reached.</param>
/// <param name="Untraced">Path ends before an origin.</param>
/// <param name="Tiers">Nodes per tier.</param>
/// <param name="Flags">Flags on the cone's nodes, most severe first.</param>
/// <param name="ConeNodes">Nodes upstream (root included).</param>
/// <param name="ConeEdges">SUPPLIES relationships traced.</param>
/// <param name="CyclicComponents">Recycling loops (strongly connected components) in the cone.</param>
/// <param name="Paths">The requested page of paths.</param>
public sealed record TraceResult(NodeId Root, string RootName, string RootLabel, long SnapshotVersion, string ListsVersion,
    PathCount PathCount, Presumption Presumption, IReadOnlyList<TraceNode> Origins, IReadOnlyList<TraceNode> Untraced,
    IReadOnlyList<TierSummary> Tiers, IReadOnlyList<TraceFlag> Flags, int ConeNodes, int ConeEdges, int CyclicComponents, PathPage Paths);
