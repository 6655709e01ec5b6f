namespace Traceability.Core.Checklists;

/// <summary>An answer as typed or sent, before it is checked.</summary>
/// <param name="Question">Question id or number.</param>
/// <param name="Answer">yes, no, partial or unknown.</param>
/// <param name="Date">yyyy-MM-dd, or empty.</param>
/// <param name="Note">Why, or where it is documented.</param>
public sealed record ChecklistInput(string? Question, string? Answer, string? Date, string? Note);
