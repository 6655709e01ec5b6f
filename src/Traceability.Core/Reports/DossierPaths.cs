using System.Numerics;

namespace Traceability.Core.Reports;

/// <summary>The flagged paths of a product.</summary>
/// <param name="Listed">Paths through at least one flagged node, in the trace's deterministic order.</param>
/// <param name="AllPaths">Every path of the trace, flagged or not.</param>
/// <param name="AllPathsExact">False when <paramref name="AllPaths"/> is a lower bound.</param>
/// <param name="Truncated">True when the list is incomplete.</param>
/// <param name="TruncatedBy">limit (more flagged paths than listed), time, steps or depth.</param>
public sealed record DossierPaths(IReadOnlyList<DossierPath> Listed, BigInteger AllPaths, bool AllPathsExact, bool Truncated, string? TruncatedBy);
