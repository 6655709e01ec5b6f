namespace Traceability.Core.Reports;

/// <summary>Whether the CAATSA 321(b) presumption applies to the product, and why.</summary>
/// <param name="Applies">True when presumptively barred.</param>
/// <param name="Reason">The verdict in words.</param>
/// <param name="Findings">The NK_LABOR and DPRK_LOCATION flags that make it so.</param>
public sealed record DossierVerdict(bool Applies, string Reason, IReadOnlyList<Finding> Findings);
