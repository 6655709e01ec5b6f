using Traceability.Core.Graph;

namespace Traceability.Core.Tracing;

/// <summary>A relationship of a <see cref="TraceGraph"/>.</summary>
/// <param name="Start">Start node (the supplier, for SUPPLIES).</param>
/// <param name="Type">Relationship type.</param>
/// <param name="End">End node.</param>
/// <param name="Detail">Material supplied, OWNS percent, workforce size...; several joined by "; " when the same pair has several relationships of the type.</param>
/// <param name="Traced">True for SUPPLIES relationships walked by the trace; false for the context relationships of flag chains.</param>
public sealed record TraceGraphEdge(NodeId Start, string Type, NodeId End, string? Detail, bool Traced);
