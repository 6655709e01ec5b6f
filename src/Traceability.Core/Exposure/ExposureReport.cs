namespace Traceability.Core.Exposure;

/// <summary>Exposure of every product (or an importer's), most exposed first.</summary>
/// <param name="SnapshotVersion">Graph version.</param>
/// <param name="ListsVersion">Lists and seeds used.</param>
/// <param name="Products">Products ranked: presumption, then severity, then number of kinds, then id. Each entry is
/// assembled when first read, so a page of a large ranking costs only that page.</param>
/// <param name="Barred">Products presumptively barred.</param>
/// <param name="Flagged">Products with any flag upstream.</param>
public sealed record ExposureReport(long SnapshotVersion, string ListsVersion, IReadOnlyList<ProductExposure> Products, int Barred, int Flagged);
