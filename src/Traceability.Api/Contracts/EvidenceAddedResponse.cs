namespace Traceability.Api.Contracts;

/// <summary>Evidence items stored by one request, with their ids.</summary>
public sealed record EvidenceAddedResponse(int Added, IReadOnlyList<EvidenceItemContract> Items);
