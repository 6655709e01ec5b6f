namespace Traceability.Api.Contracts;

/// <summary>Paths of a trace that pass through one flagged node.</summary>
public sealed record WitnessResponse(string Product, string Node, IReadOnlyList<PathContract> Paths, string? Cursor, bool Truncated, long SnapshotVersion, string ListsVersion);
