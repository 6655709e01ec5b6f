using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>Whether the evidence on file could support a rebuttal: status not-needed, ready or not-ready.</summary>
public sealed record ReadinessContract(string Status, bool Ready, string Summary, int WorksitesNeedingRebuttal, int WorksitesReady)
{
    public static ReadinessContract Map(Readiness r) => new(r.Status, r.Ready, r.Summary, r.WorksitesNeedingRebuttal, r.WorksitesReady);
}
