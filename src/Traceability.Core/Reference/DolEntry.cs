namespace Traceability.Core.Reference;

/// <summary>One row of the DOL List of Goods Produced by Child Labor or Forced Labor.</summary>
/// <param name="Country">ISO alpha-2 country where the exploitation happens.</param>
/// <param name="Good">Good as the list names it, e.g. <c>cobalt ore (heterogenite)</c>.</param>
/// <param name="ChildLabor">Listed for child labor.</param>
/// <param name="ForcedLabor">Listed for forced labor.</param>
/// <param name="HsCode">HS code, when known.</param>
/// <param name="Source">Where the row comes from.</param>
/// <param name="AsOf">Edition date.</param>
/// <param name="Status"><c>official</c>, or <c>verify</c> for entries not read from the official edition.</param>
public sealed record DolEntry(string Country, string Good, bool ChildLabor, bool ForcedLabor, string? HsCode, string Source, string AsOf, string Status);
