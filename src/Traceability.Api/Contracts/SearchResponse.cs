namespace Traceability.Api.Contracts;

/// <summary>A page of search results.</summary>
public sealed record SearchResponse(string Query, int Total, IReadOnlyList<EntitySummaryContract> Items, string? Cursor, long SnapshotVersion);
