using Traceability.Core.Checklists;

namespace Traceability.Api.Contracts;

/// <summary>One of CBP's reasonable-care questions.</summary>
public sealed record ChecklistQuestionContract(string Id, int Number, string Text)
{
    public static ChecklistQuestionContract Map(ReasonableCareQuestion q) => new(q.Id, q.Number, q.Text);
}
