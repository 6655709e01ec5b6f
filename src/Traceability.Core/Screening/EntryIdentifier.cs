namespace Traceability.Core.Screening;

/// <summary>An identifier on a list entry: IMO number, registration number, passport...</summary>
/// <param name="Type">Kind of identifier, normalized: <c>imo</c>, <c>registration</c>, <c>passport</c>, <c>tax</c>, or the list's own term.</param>
/// <param name="Value">The identifier as listed.</param>
/// <param name="Country">Issuing country (ISO alpha-2), when given.</param>
public sealed record EntryIdentifier(string Type, string Value, string? Country = null);
