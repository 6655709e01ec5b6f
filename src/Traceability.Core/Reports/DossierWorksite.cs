namespace Traceability.Core.Reports;

/// <summary>A worksite on a flagged path, with the evidence that would rebut the presumption there.</summary>
/// <param name="Site">The worksite with its evidence status.</param>
/// <param name="NeedsRebuttal">True when it carries NK_LABOR or DPRK_LOCATION.</param>
/// <param name="Ready">True when it needs no rebuttal, or has fresh evidence of every required kind.</param>
/// <param name="Checklist">Its reasonable-care checklist answers, counted.</param>
public sealed record DossierWorksite(WorksiteRow Site, bool NeedsRebuttal, bool Ready, ChecklistTally Checklist);
