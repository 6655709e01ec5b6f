using Traceability.Core.Exposure;

namespace Traceability.Api.Contracts;

/// <summary>Exposure of every product (or an importer's), ranked, with changes since an earlier run when one was given.</summary>
public sealed record ExposureResponse(long SnapshotVersion, string ListsVersion, int Products, int Barred, int Flagged,
    IReadOnlyList<ProductExposureContract> Items, ExposureDiffContract? Since)
{
    public static ExposureResponse Map(ExposureReport r, ExposureDiff? diff) => new(r.SnapshotVersion, r.ListsVersion,
        r.Products.Count, r.Products.Count(p => p.Presumption), r.Products.Count(p => p.Kinds.Count > 0),
        [.. r.Products.Select(ProductExposureContract.Map)], diff is null ? null : ExposureDiffContract.Map(diff));
}
