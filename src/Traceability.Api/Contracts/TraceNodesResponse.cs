namespace Traceability.Api.Contracts;

/// <summary>One page of a trace's origins or untraced ends, nearest first.</summary>
/// <param name="Product">Product (or facility) traced.</param>
/// <param name="Items">This page.</param>
/// <param name="Total">Origins (or untraced ends) of the trace, all of them.</param>
/// <param name="Cursor">Cursor of the next page, null at the end.</param>
/// <param name="SnapshotVersion">Graph version the result was computed from.</param>
/// <param name="ListsVersion">Reference lists and sanction seeds used.</param>
public sealed record TraceNodesResponse(string Product, IReadOnlyList<TraceNodeContract> Items, int Total, string? Cursor, long SnapshotVersion, string ListsVersion);
