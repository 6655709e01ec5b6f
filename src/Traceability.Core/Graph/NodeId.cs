namespace Traceability.Core.Graph;

/// <summary>The stable string id of a node, unique across labels.</summary>
/// <param name="Value">The id text.</param>
public readonly record struct NodeId(string Value) : IComparable<NodeId>
{
    /// <summary>Ordinal comparison, the order used for deterministic output.</summary>
    public int CompareTo(NodeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id text.</summary>
    public override string ToString() => Value;
}
