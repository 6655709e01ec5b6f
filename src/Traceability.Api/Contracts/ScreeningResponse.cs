namespace Traceability.Api.Contracts;

/// <summary>Matches for one screened name.</summary>
public sealed record ScreeningResponse(string Name, string? Country, double Threshold, string ListsVersion, IReadOnlyList<ScreeningMatchContract> Matches);
