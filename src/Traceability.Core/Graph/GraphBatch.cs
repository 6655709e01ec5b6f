namespace Traceability.Core.Graph;

/// <summary>Nodes and relationships read from one import, each with where it came from.</summary>
public sealed class GraphBatch
{
    /// <summary>Nodes in file order.</summary>
    public List<(GraphNode Node, SourceRef Source)> Nodes { get; } = [];

    /// <summary>Relationships in file order.</summary>
    public List<(GraphEdge Edge, SourceRef Source)> Edges { get; } = [];

    /// <summary>Files read, in order, for the import record.</summary>
    public List<string> Files { get; } = [];
}
