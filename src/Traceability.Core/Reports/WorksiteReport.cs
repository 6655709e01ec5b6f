namespace Traceability.Core.Reports;

/// <summary>Every worksite and transporter upstream of the goods in scope, with what a compliance team reports on each.</summary>
/// <param name="Header">What it was computed from.</param>
/// <param name="Summary">The figures.</param>
/// <param name="Facilities">Worksites, by tier then id.</param>
/// <param name="Transporters">Transporters, by tier then id.</param>
public sealed record WorksiteReport(ReportHeader Header, WorksiteSummary Summary, IReadOnlyList<WorksiteRow> Facilities, IReadOnlyList<WorksiteRow> Transporters);
