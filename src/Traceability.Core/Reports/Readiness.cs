namespace Traceability.Core.Reports;

/// <summary>Whether the evidence on file could support a rebuttal.</summary>
/// <param name="Status">not-needed (no presumption), ready or not-ready.</param>
/// <param name="Ready">True unless not-ready.</param>
/// <param name="Summary">The verdict in words.</param>
/// <param name="WorksitesNeedingRebuttal">Worksites carrying the presumption.</param>
/// <param name="WorksitesReady">Of those, the ones with fresh evidence of every required kind.</param>
public sealed record Readiness(string Status, bool Ready, string Summary, int WorksitesNeedingRebuttal, int WorksitesReady);
