using Traceability.Core.Graph;

namespace Traceability.Core.Connections;

/// <summary>How two entities are connected.</summary>
/// <param name="From">First entity.</param>
/// <param name="To">Second entity.</param>
/// <param name="SnapshotVersion">Graph version searched.</param>
/// <param name="Distance">Fewest steps between them, or null when not connected within the search radius.</param>
/// <param name="Connections">Up to k shortest loopless paths, shortest first.</param>
/// <param name="Truncated">True when a budget (radius, nodes) limited the search.</param>
public sealed record ConnectionResult(NodeId From, NodeId To, long SnapshotVersion, int? Distance, IReadOnlyList<Connection> Connections, bool Truncated);
