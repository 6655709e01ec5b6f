namespace Traceability.Api.Contracts;

/// <summary>Several names to screen at once (at most 1000).</summary>
public sealed record BatchScreeningRequest(IReadOnlyList<ScreeningRequest> Queries);
