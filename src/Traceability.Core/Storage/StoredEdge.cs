using Traceability.Core.Graph;

namespace Traceability.Core.Storage;

/// <summary>A relationship as stored.</summary>
/// <param name="Edge">Start, type, end, properties.</param>
/// <param name="Provenance">Where it came from.</param>
public sealed record StoredEdge(GraphEdge Edge, Provenance Provenance);
