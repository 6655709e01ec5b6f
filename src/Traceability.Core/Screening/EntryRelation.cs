namespace Traceability.Core.Screening;

/// <summary>A relation the list states between an entry and another party.</summary>
/// <param name="Type"><c>linked-to</c>, <c>owned-by</c>, <c>owns</c>, <c>subsidiary-of</c>, or the list's own term.</param>
/// <param name="TargetName">The other party's name as listed.</param>
/// <param name="TargetEntryId">The other party's entry id on the same list, when known.</param>
/// <param name="Percent">Ownership share, when stated.</param>
public sealed record EntryRelation(string Type, string TargetName, string? TargetEntryId = null, double? Percent = null);
