namespace Traceability.Core.Reports;

/// <summary>
/// The rebuttal dossier of a product: the 321(b) verdict, the flagged paths, the evidence per worksite on them, the
/// readiness, and separately the transport and sanctions findings that 321(b) does not cover.
/// </summary>
/// <param name="Header">Product, versions, as-of date.</param>
/// <param name="Verdict">Presumption or not, and why.</param>
/// <param name="Readiness">Whether the evidence on file could support a rebuttal.</param>
/// <param name="Paths">Flagged paths.</param>
/// <param name="Worksites">Worksites on the flagged paths (and every worksite carrying the presumption), by tier then id.</param>
/// <param name="Transport">NK_TRANSPORT findings: other CAATSA provisions and the NKSR, not 321(b).</param>
/// <param name="Sanctions">SANCTIONED, SANCTIONED_OWNERSHIP and SANCTIONED_LINK findings: OFAC, not 321(b).</param>
public sealed record Dossier(ReportHeader Header, DossierVerdict Verdict, Readiness Readiness, DossierPaths Paths, IReadOnlyList<DossierWorksite> Worksites,
    IReadOnlyList<Finding> Transport, IReadOnlyList<Finding> Sanctions);
