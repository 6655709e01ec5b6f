namespace Traceability.Core.Checklists;

/// <summary>An answer to record.</summary>
/// <param name="Question">Question id.</param>
/// <param name="Answer">The answer.</param>
/// <param name="Date">When the answer was given or last checked.</param>
/// <param name="Note">Why, or where it is documented.</param>
public sealed record ChecklistDraft(string Question, ChecklistAnswerValue Answer, DateOnly? Date, string? Note);
