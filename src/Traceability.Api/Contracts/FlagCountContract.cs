namespace Traceability.Api.Contracts;

/// <summary>How many rows carry a flag kind.</summary>
public sealed record FlagCountContract(string Kind, int Count);
