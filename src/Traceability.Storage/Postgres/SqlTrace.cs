using Traceability.Core.Graph;

namespace Traceability.Storage.Postgres;

/// <summary>
/// A trace computed by recursive SQL in PostgreSQL, independently of the in-memory engine (same semantics: maximal simple
/// paths backwards along SUPPLIES, stopping at origins).
/// </summary>
/// <param name="Root">The node traced.</param>
/// <param name="Upstream">Every node on some path (the root included), by id.</param>
/// <param name="Origins">Path ends at an origin, by id.</param>
/// <param name="Untraced">Path ends at a node that is not an origin and has no supplier, by id.</param>
/// <param name="PathCount">Complete paths counted: exact, or a lower bound when <paramref name="CutBy"/> is set.</param>
/// <param name="CutBy">Null when every path was counted, else the budget that stopped the count: <c>paths</c> or <c>steps</c>.</param>
/// <param name="Steps">Rows of the walk (partial and complete paths) read up to the last path counted.</param>
public sealed record SqlTrace(NodeId Root, IReadOnlyList<NodeId> Upstream, IReadOnlyList<NodeId> Origins, IReadOnlyList<NodeId> Untraced,
    long PathCount, string? CutBy, long Steps)
{
    /// <summary>True when <see cref="PathCount"/> is exact.</summary>
    public bool Exact => CutBy is null;
}
