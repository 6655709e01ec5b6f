namespace Traceability.Core.Reports;

/// <summary>The figures at the top of a worksite report.</summary>
/// <param name="Products">Products covered.</param>
/// <param name="Facilities">Worksites (facilities) upstream.</param>
/// <param name="Transporters">Transporters upstream.</param>
/// <param name="FlaggedFacilities">Worksites carrying at least one flag.</param>
/// <param name="PresumptionFacilities">Worksites carrying NK_LABOR or DPRK_LOCATION.</param>
/// <param name="FlaggedTransporters">Transporters carrying at least one flag.</param>
/// <param name="FacilitiesWithParent">Worksites whose parent company is known.</param>
/// <param name="FacilitiesWithCompleteEvidence">Worksites with fresh evidence of every required kind.</param>
/// <param name="Workers">Workers at the worksites, where known.</param>
/// <param name="FlagCounts">Rows (worksites and transporters) per flag kind, in the order of DESIGN.md section 3.</param>
public sealed record WorksiteSummary(int Products, int Facilities, int Transporters, int FlaggedFacilities, int PresumptionFacilities,
    int FlaggedTransporters, int FacilitiesWithParent, int FacilitiesWithCompleteEvidence, long Workers, IReadOnlyList<KeyValuePair<string, int>> FlagCounts);
