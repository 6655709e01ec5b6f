using Traceability.Core.Graph;

namespace Traceability.Core.Storage;

/// <summary>A node as stored.</summary>
/// <param name="Node">Id, label, properties.</param>
/// <param name="Provenance">Where it came from.</param>
public sealed record StoredNode(GraphNode Node, Provenance Provenance);
