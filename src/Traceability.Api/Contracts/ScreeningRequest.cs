namespace Traceability.Api.Contracts;

/// <summary>A name to screen.</summary>
/// <param name="Name">The name.</param>
/// <param name="Country">ISO alpha-2 country, a qualifier.</param>
/// <param name="Kind">entity, individual or vessel.</param>
/// <param name="Imo">IMO number of a vessel.</param>
/// <param name="Aliases">Other names of the same party.</param>
/// <param name="Threshold">Score from which matches are returned (default: the server's).</param>
/// <param name="Limit">Matches to return (default 5).</param>
public sealed record ScreeningRequest(string Name, string? Country = null, string? Kind = null, string? Imo = null,
    IReadOnlyList<string>? Aliases = null, double? Threshold = null, int? Limit = null);
