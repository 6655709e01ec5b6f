namespace Traceability.Storage.Generation;

/// <summary>
/// A sector's supply chain from origin (tier 0) to the facility that makes the finished product (last tier),
/// with the share of products it gets and what its factories send back for recycling.
/// </summary>
internal sealed record SectorProfile(
    string Name,
    string Category,
    string CompanyNoun,
    double Share,
    IReadOnlyList<TierProfile> Tiers,
    IReadOnlyList<ProductKind> Products,
    string Scrap,
    string ScrapHs);
