namespace Traceability.Core.Schema;

/// <summary>A node label and its properties (the common ones included).</summary>
/// <param name="Name">Label, e.g. <c>Facility</c>.</param>
/// <param name="Description">What nodes of this label stand for.</param>
/// <param name="Properties">Properties by name, common ones first.</param>
public sealed record LabelSpec(string Name, string? Description, IReadOnlyDictionary<string, PropertySpec> Properties);
