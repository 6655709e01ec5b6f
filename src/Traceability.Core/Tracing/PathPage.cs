namespace Traceability.Core.Tracing;

/// <summary>One page of paths.</summary>
/// <param name="Paths">The paths, in the deterministic order (suppliers by id).</param>
/// <param name="NextCursor">Cursor for the next page, or null when every path has been listed.</param>
/// <param name="Truncated">True when a budget (time, steps, depth) cut the result.</param>
/// <param name="TruncatedBy">Which budget: <c>time</c>, <c>steps</c> or <c>depth</c>.</param>
/// <param name="Steps">Search steps spent.</param>
public sealed record PathPage(IReadOnlyList<TracePath> Paths, string? NextCursor, bool Truncated, string? TruncatedBy, long Steps);
