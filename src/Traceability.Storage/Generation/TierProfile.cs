namespace Traceability.Storage.Generation;

/// <summary>A tier of a sector: facilities per finished product, its kinds of facility and how goods reach it.</summary>
internal sealed record TierProfile(double PerProduct, IReadOnlyList<TierVariant> Variants, TransportProfile Inbound, CrossSource? Cross = null);
