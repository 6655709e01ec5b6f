namespace Traceability.Core.Schema;

/// <summary>A relationship type, the labels it may connect and its properties.</summary>
/// <param name="Type">Relationship type, e.g. <c>SUPPLIES</c>.</param>
/// <param name="Description">What the direction means.</param>
/// <param name="From">Labels allowed at the start.</param>
/// <param name="To">Labels allowed at the end.</param>
/// <param name="Properties">Properties by name.</param>
public sealed record RelationshipSpec(
    string Type,
    string? Description,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    IReadOnlyDictionary<string, PropertySpec> Properties)
{
    /// <summary>True when a relationship of this type may go from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Allows(string start, string end) => From.Contains(start) && To.Contains(end);
}
