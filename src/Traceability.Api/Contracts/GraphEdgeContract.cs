using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>A relationship of a drawn trace, from <c>From</c> to <c>To</c> (for SUPPLIES: supplier to buyer).</summary>
/// <param name="From">Start node.</param>
/// <param name="Type">Relationship type.</param>
/// <param name="To">End node.</param>
/// <param name="Detail">Material, OWNS percent, workforce detail; null when none.</param>
/// <param name="Traced">True for SUPPLIES walked by the trace, false for a flag chain's context relationship.</param>
public sealed record GraphEdgeContract(string From, string Type, string To, string? Detail, bool Traced)
{
    public static GraphEdgeContract Map(TraceGraphEdge e) => new(e.Start.Value, e.Type, e.End.Value, e.Detail, e.Traced);
}
