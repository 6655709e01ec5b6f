using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>Whether the CAATSA 321(b) presumption applies, why, and the NK_LABOR / DPRK_LOCATION findings behind it.</summary>
public sealed record DossierVerdictContract(bool Applies, string Reason, IReadOnlyList<FindingContract> Findings)
{
    public static DossierVerdictContract Map(DossierVerdict v) => new(v.Applies, v.Reason, [.. v.Findings.Select(FindingContract.Map)]);
}
