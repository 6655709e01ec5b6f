using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>A worksite on a flagged path: whether it carries the presumption, whether its evidence is complete, its checklist.</summary>
public sealed record DossierWorksiteContract(WorksiteContract Site, bool NeedsRebuttal, bool Ready, ChecklistTallyContract Checklist)
{
    public static DossierWorksiteContract Map(DossierWorksite w) => new(WorksiteContract.Map(w.Site), w.NeedsRebuttal, w.Ready, ChecklistTallyContract.Map(w.Checklist));
}
