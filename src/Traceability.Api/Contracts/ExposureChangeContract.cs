namespace Traceability.Api.Contracts;

/// <summary>Flag kinds one product gained and lost.</summary>
public sealed record ExposureChangeContract(string Product, IReadOnlyList<string> Gained, IReadOnlyList<string> Lost);
