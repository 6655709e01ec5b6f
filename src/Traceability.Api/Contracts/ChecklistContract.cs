using Traceability.Core.Checklists;
using Traceability.Core.Graph;

namespace Traceability.Api.Contracts;

/// <summary>A supplier's reasonable-care checklist: every question with its latest answer.</summary>
public sealed record ChecklistContract(string Supplier, string SupplierName, int Answered, IReadOnlyList<ChecklistEntryContract> Questions)
{
    public static ChecklistContract Map(NodeId supplier, string name, IReadOnlyList<ChecklistAnswer> answers)
    {
        var byQuestion = answers.Where(a => a.Supplier == supplier).ToDictionary(a => a.Question, StringComparer.Ordinal);
        var entries = ReasonableCareQuestions.All.Select(q => byQuestion.TryGetValue(q.Id, out var a)
            ? new ChecklistEntryContract(q.Id, q.Number, q.Text, ChecklistIntake.Name(a.Answer), a.Date, a.Note, a.RecordedBy, a.RecordedAt)
            : new ChecklistEntryContract(q.Id, q.Number, q.Text, "unknown", null, null, null, null)).ToList();
        return new ChecklistContract(supplier.Value, name, byQuestion.Count, entries);
    }
}
