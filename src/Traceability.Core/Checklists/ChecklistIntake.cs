using System.Globalization;
using Traceability.Core.Graph;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Checklists;

/// <summary>Checks checklist answers: a supplier in the graph, known questions, yes/no/partial/unknown, dates not after today.</summary>
public static class ChecklistIntake
{
    /// <summary>Labels a checklist may be kept for.</summary>
    public static IReadOnlySet<NodeKind> Suppliers { get; } = new HashSet<NodeKind> { NodeKind.Company, NodeKind.Facility, NodeKind.Transporter };

    /// <summary>Checks the supplier id.</summary>
    /// <exception cref="NotFoundException">No such node.</exception>
    /// <exception cref="QueryException">The node cannot have a checklist.</exception>
    public static NodeId Supplier(GraphSnapshot graph, string supplier)
    {
        if (!graph.TryGetIndex(new NodeId(supplier), out var v)) throw new NotFoundException("supplier", supplier);
        if (!Suppliers.Contains(graph.KindOf(v)))
            throw new QueryException("supplier", $"'{supplier}' is a {graph.KindOf(v)}; checklists are kept for a Company, Facility or Transporter");
        return new NodeId(supplier);
    }

    /// <summary>Checks the answers; <paramref name="field"/> names a field of answer i (or of the list, for i = -1) in error messages.</summary>
    /// <exception cref="QueryException">An answer is invalid; the field names it.</exception>
    public static IReadOnlyList<ChecklistDraft> Answers(IReadOnlyList<ChecklistInput>? inputs, DateOnly today, Func<int, string, string> field)
    {
        if (inputs is null || inputs.Count == 0) throw new QueryException(field(-1, "answers"), "give at least one answer");
        if (inputs.Count > ReasonableCareQuestions.All.Count * 4) throw new QueryException(field(-1, "answers"), "too many answers");
        var drafts = new List<ChecklistDraft>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var a = inputs[i];
            if (string.IsNullOrWhiteSpace(a.Question) || !ReasonableCareQuestions.TryGet(a.Question, out var q))
                throw new QueryException(field(i, "question"), $"unknown question '{a.Question}' (use 1-13 or {string.Join(", ", ReasonableCareQuestions.All.Select(x => x.Id))})");
            if (string.IsNullOrWhiteSpace(a.Answer) || !TryAnswer(a.Answer, out var value))
                throw new QueryException(field(i, "answer"), $"'{a.Answer}' is not yes, no, partial or unknown");
            DateOnly? date = null;
            if (!string.IsNullOrWhiteSpace(a.Date))
            {
                if (!DateOnly.TryParseExact(a.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw new QueryException(field(i, "date"), $"'{a.Date}' is not a date (yyyy-MM-dd)");
                if (d > today) throw new QueryException(field(i, "date"), $"{a.Date} is after today ({today:yyyy-MM-dd})");
                date = d;
            }
            if (a.Note is { Length: > 2000 }) throw new QueryException(field(i, "note"), "longer than 2000 characters");
            drafts.Add(new ChecklistDraft(q.Id, value, date, string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim()));
        }
        return drafts;
    }

    /// <summary>Parses yes, no, partial or unknown (case-insensitive).</summary>
    public static bool TryAnswer(string text, out ChecklistAnswerValue value) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    /// <summary>The answer as written: yes, no, partial, unknown.</summary>
    public static string Name(ChecklistAnswerValue value) => value.ToString().ToLowerInvariant();
}
