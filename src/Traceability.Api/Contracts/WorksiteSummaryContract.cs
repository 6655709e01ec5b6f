using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>The figures at the top of a worksite report.</summary>
public sealed record WorksiteSummaryContract(int Products, int Facilities, int Transporters, int FlaggedFacilities, int PresumptionFacilities,
    int FlaggedTransporters, int FacilitiesWithParent, int FacilitiesWithCompleteEvidence, long Workers, IReadOnlyList<FlagCountContract> FlagCounts)
{
    public static WorksiteSummaryContract Map(WorksiteSummary s) => new(s.Products, s.Facilities, s.Transporters, s.FlaggedFacilities, s.PresumptionFacilities,
        s.FlaggedTransporters, s.FacilitiesWithParent, s.FacilitiesWithCompleteEvidence, s.Workers, [.. s.FlagCounts.Select(kv => new FlagCountContract(kv.Key, kv.Value))]);
}
