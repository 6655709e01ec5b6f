namespace Traceability.Api.Contracts;

/// <summary>One answer: question id or number, yes/no/partial/unknown, date (yyyy-MM-dd) and a note.</summary>
public sealed record ChecklistAnswerRequest(string? Question, string? Answer, string? Date, string? Note);
