namespace Traceability.Core.Graph;

/// <summary>A relationship. Identity is (start, type, end): one relationship of a type per ordered pair.</summary>
/// <param name="Start">Start node id.</param>
/// <param name="Type">Schema relationship type.</param>
/// <param name="End">End node id.</param>
/// <param name="Properties">Typed properties.</param>
public sealed record GraphEdge(NodeId Start, string Type, NodeId End, PropertyBag Properties)
{
    /// <summary><c>(start)-[:TYPE]-&gt;(end)</c>.</summary>
    public override string ToString() => $"({Start})-[:{Type}]->({End})";
}
