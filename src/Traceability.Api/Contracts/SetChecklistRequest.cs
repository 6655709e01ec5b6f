namespace Traceability.Api.Contracts;

/// <summary>Answers to record for a supplier; earlier answers stay in the history.</summary>
public sealed record SetChecklistRequest(IReadOnlyList<ChecklistAnswerRequest>? Answers);
