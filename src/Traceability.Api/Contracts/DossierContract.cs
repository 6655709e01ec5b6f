using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>
/// The rebuttal dossier of a product: verdict, readiness, flagged paths, evidence per worksite, and the transport and
/// sanctions findings that 321(b) does not cover.
/// </summary>
public sealed record DossierContract(ReportHeaderContract Header, DossierVerdictContract Verdict, ReadinessContract Readiness, DossierPathsContract Paths,
    IReadOnlyList<DossierWorksiteContract> Worksites, IReadOnlyList<FindingContract> Transport, IReadOnlyList<FindingContract> Sanctions)
{
    public static DossierContract Map(Dossier d) => new(ReportHeaderContract.Map(d.Header), DossierVerdictContract.Map(d.Verdict), ReadinessContract.Map(d.Readiness),
        DossierPathsContract.Map(d.Paths), [.. d.Worksites.Select(DossierWorksiteContract.Map)], [.. d.Transport.Select(FindingContract.Map)],
        [.. d.Sanctions.Select(FindingContract.Map)]);
}
