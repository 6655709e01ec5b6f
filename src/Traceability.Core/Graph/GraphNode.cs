namespace Traceability.Core.Graph;

/// <summary>A node: id, one label from the schema, typed properties.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Label">Schema label.</param>
/// <param name="Properties">Typed properties (id excluded, name included).</param>
public sealed record GraphNode(NodeId Id, string Label, PropertyBag Properties)
{
    /// <summary>The display name (required by the schema).</summary>
    public string Name => Properties.GetString("name") ?? Id.Value;
}
