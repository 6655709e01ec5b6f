namespace Traceability.Api.Contracts;

/// <summary>A question of a supplier's checklist with its latest answer (unknown when unanswered).</summary>
public sealed record ChecklistEntryContract(string Question, int Number, string Text, string Answer, DateOnly? Date, string? Note, string? RecordedBy, DateTimeOffset? RecordedAt);
