using Traceability.Core.Graph;

namespace Traceability.Core.Connections;

/// <summary>One step of a connection, with every relationship between the two nodes.</summary>
/// <param name="From">Node the step leaves.</param>
/// <param name="FromName">Its name.</param>
/// <param name="To">Node the step reaches.</param>
/// <param name="ToName">Its name.</param>
/// <param name="Relations">The relationships, either direction.</param>
public sealed record Hop(NodeId From, string FromName, NodeId To, string ToName, IReadOnlyList<HopRelation> Relations);
