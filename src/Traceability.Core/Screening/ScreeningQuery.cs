namespace Traceability.Core.Screening;

/// <summary>A party to screen: names and whatever else is known about it.</summary>
/// <param name="Name">Primary name.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Country">Country (ISO alpha-2), a qualifier.</param>
/// <param name="Kind">What the party is, when known.</param>
/// <param name="Identifiers">IMO number, registration number: strong evidence.</param>
public sealed record ScreeningQuery(string Name, IReadOnlyList<string>? Aliases = null, string? Country = null, EntryKind? Kind = null,
    IReadOnlyList<EntryIdentifier>? Identifiers = null);
