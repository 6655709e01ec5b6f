using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>Every worksite (facility) and transporter upstream of the goods in scope.</summary>
public sealed record WorksiteReportContract(ReportHeaderContract Header, WorksiteSummaryContract Summary, IReadOnlyList<WorksiteContract> Facilities,
    IReadOnlyList<WorksiteContract> Transporters)
{
    public static WorksiteReportContract Map(WorksiteReport r) => new(ReportHeaderContract.Map(r.Header), WorksiteSummaryContract.Map(r.Summary),
        [.. r.Facilities.Select(WorksiteContract.Map)], [.. r.Transporters.Select(WorksiteContract.Map)]);
}
