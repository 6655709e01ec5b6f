namespace Traceability.Api.Contracts;

/// <summary>One page of the flags upstream of a product, most severe first, each with its explanation and a witness path.</summary>
/// <param name="Product">Product (or facility) traced.</param>
/// <param name="Items">This page.</param>
/// <param name="Total">Flags upstream, all of them.</param>
/// <param name="Cursor">Cursor of the next page, null at the end.</param>
/// <param name="SnapshotVersion">Graph version the result was computed from.</param>
/// <param name="ListsVersion">Reference lists and sanction seeds used.</param>
public sealed record TraceFlagsResponse(string Product, IReadOnlyList<FlagContract> Items, int Total, string? Cursor, long SnapshotVersion, string ListsVersion);
