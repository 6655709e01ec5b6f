namespace Traceability.Api.Contracts;

/// <summary>An analyst's decision on a match: why.</summary>
public sealed record DecisionRequest(string Note);
