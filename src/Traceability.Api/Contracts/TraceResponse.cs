using System.Numerics;
using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>A product traced to its origins: summary, flags, verdict and one page of paths.</summary>
/// <param name="Product">Product (or facility) traced.</param>
/// <param name="Name">Its name.</param>
/// <param name="Label">Its label.</param>
/// <param name="SnapshotVersion">Graph version the result was computed from.</param>
/// <param name="ListsVersion">Reference lists and sanction seeds used.</param>
/// <param name="PathCount">Number of paths (exact JSON integer, however large).</param>
/// <param name="PathCountExact">False when PathCount is a lower bound (cycle budget exhausted).</param>
/// <param name="Presumption">True when presumptively barred under CAATSA 321(b).</param>
/// <param name="Verdict">The verdict with its reasons.</param>
/// <param name="Origins">Origins reached, nearest first (the first listLimit; <paramref name="OriginCount"/> counts them all, /origins pages them).</param>
/// <param name="Untraced">Ends before an origin, nearest first (the first listLimit; /untraced pages them).</param>
/// <param name="Tiers">Nodes per tier (the first <see cref="MaxListed"/> tiers).</param>
/// <param name="Flags">Flags upstream, most severe first (the first listLimit; /flags pages them).</param>
/// <param name="Paths">This page of paths.</param>
/// <param name="Truncated">True when a budget cut the page.</param>
/// <param name="TruncatedBy">time, steps or depth.</param>
/// <param name="Cursor">Cursor of the next page, null at the end.</param>
/// <param name="ConeNodes">Nodes upstream, product included.</param>
/// <param name="ConeEdges">SUPPLIES relationships upstream.</param>
/// <param name="Cycles">Recycling loops upstream.</param>
/// <param name="OriginCount">Origins reached, all of them.</param>
/// <param name="UntracedCount">Untraced ends, all of them.</param>
/// <param name="FlagCount">Flags upstream, all of them.</param>
/// <param name="TierCount">Tiers upstream, the product's tier 0 included.</param>
/// <param name="ListsTruncated">True when origins, untraced ends, flags, the verdict's nodes or tiers were cut (to listLimit, tiers to <see cref="MaxListed"/>).</param>
public sealed record TraceResponse(string Product, string Name, string Label, long SnapshotVersion, string ListsVersion,
    BigInteger PathCount, bool PathCountExact, bool Presumption, PresumptionContract Verdict,
    IReadOnlyList<TraceNodeContract> Origins, IReadOnlyList<TraceNodeContract> Untraced, IReadOnlyList<TierContract> Tiers,
    IReadOnlyList<FlagContract> Flags, IReadOnlyList<PathContract> Paths, bool Truncated, string? TruncatedBy, string? Cursor,
    int ConeNodes, int ConeEdges, int Cycles, int OriginCount, int UntracedCount, int FlagCount, int TierCount, bool ListsTruncated)
{
    /// <summary>
    /// Most origins, untraced ends, flags, verdict nodes and tiers in one response: a hub with a million suppliers must not
    /// answer with a million origins (hundreds of megabytes). The counts are always complete; the lists and paths are paged.
    /// </summary>
    public const int MaxListed = 1000;

    /// <summary>Origins, untraced ends, flags and verdict nodes listed by the API unless listLimit says otherwise: a summary first.</summary>
    public const int DefaultListed = 20;

    /// <summary>The result with the first <paramref name="listed"/> origins, untraced ends, flags and verdict nodes.</summary>
    public static TraceResponse Map(TraceResult r, int listed = MaxListed)
    {
        listed = Math.Clamp(listed, 0, MaxListed);
        return new(r.Root.Value, r.RootName, r.RootLabel, r.SnapshotVersion, r.ListsVersion,
            r.PathCount.Value, r.PathCount.Exact, r.Presumption.Applies, PresumptionContract.Map(r.Presumption, listed),
            // Mapped element by element while serializing: a trace with thousands of origins builds no intermediate lists.
            new LazyList<TraceNode, TraceNodeContract>(r.Origins, TraceNodeContract.Map, listed),
            new LazyList<TraceNode, TraceNodeContract>(r.Untraced, TraceNodeContract.Map, listed),
            new LazyList<TierSummary, TierContract>(r.Tiers, TierContract.Map, MaxListed), new LazyList<TraceFlag, FlagContract>(r.Flags, FlagContract.Map, listed),
            new LazyList<TracePath, PathContract>(r.Paths.Paths, PathContract.Map), r.Paths.Truncated, r.Paths.TruncatedBy,
            r.Paths.NextCursor, r.ConeNodes, r.ConeEdges, r.CyclicComponents, r.Origins.Count, r.Untraced.Count, r.Flags.Count, r.Tiers.Count,
            r.Origins.Count > listed || r.Untraced.Count > listed || r.Flags.Count > listed || r.Presumption.Nodes.Count > listed
            || r.Tiers.Count > MaxListed);
    }
}
