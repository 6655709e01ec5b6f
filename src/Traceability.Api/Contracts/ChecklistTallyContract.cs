using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>A supplier's checklist answers, counted; unanswered questions count as unknown.</summary>
public sealed record ChecklistTallyContract(int Yes, int Partial, int No, int Unknown)
{
    public static ChecklistTallyContract Map(ChecklistTally t) => new(t.Yes, t.Partial, t.No, t.Unknown);
}
