using Traceability.Core.Exposure;

namespace Traceability.Api.Contracts;

/// <summary>
/// Exposure of every product (or an importer's), ranked, with changes since an earlier run when one was given. The
/// totals count every product; <c>Items</c> is one page of the ranking, <c>NextCursor</c> asks for the next.
/// </summary>
public sealed record ExposureResponse(long SnapshotVersion, string ListsVersion, int Products, int Barred, int Flagged,
    IReadOnlyList<ProductExposureContract> Items, string? NextCursor, ExposureDiffContract? Since)
{
    /// <summary>The page of <paramref name="limit"/> products from rank <paramref name="offset"/> (all by default).</summary>
    public static ExposureResponse Map(ExposureReport r, ExposureDiff? diff, int offset = 0, int limit = int.MaxValue)
    {
        var count = Math.Max(0, Math.Min(limit, r.Products.Count - offset));
        var items = new ProductExposureContract[count];
        for (var i = 0; i < count; i++) items[i] = ProductExposureContract.Map(r.Products[offset + i]);
        var next = offset + count < r.Products.Count ? "o" + (offset + count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return new(r.SnapshotVersion, r.ListsVersion, r.Products.Count, r.Barred, r.Flagged, items, next, diff is null ? null : ExposureDiffContract.Map(diff));
    }
}
