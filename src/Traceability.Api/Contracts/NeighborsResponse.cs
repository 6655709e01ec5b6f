namespace Traceability.Api.Contracts;

/// <summary>A page of an entity's relationships.</summary>
public sealed record NeighborsResponse(string Id, int Total, IReadOnlyList<NeighborContract> Items, string? Cursor, long SnapshotVersion);
