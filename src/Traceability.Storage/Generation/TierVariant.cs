namespace Traceability.Storage.Generation;

/// <summary>
/// One kind of facility in a tier: its type, what it makes, where such sites are and how they are named.
/// Origin variants (tier 0) make raw materials; <see cref="Line"/> ties a processing variant to the raw
/// material it draws from (cobalt ore to cobalt sulfate); a null line draws from the whole tier above.
/// </summary>
internal sealed record TierVariant(
    string FacilityType,
    string Output,
    string HsCode,
    Weighted<byte> Countries,
    string[] Nouns,
    string? Line = null,
    bool KpPlausible = false,
    double Weight = 1,
    string? CoProduct = null,
    string? CoProductHs = null);
