using Traceability.Core.Graph;

namespace Traceability.Core.Rules;

/// <summary>One relationship in the chain that fired a flag.</summary>
/// <param name="Start">Start node.</param>
/// <param name="Type">Relationship type.</param>
/// <param name="End">End node.</param>
/// <param name="Detail">What about it matters, e.g. <c>50%</c> or <c>120 workers, state-dispatched</c>.</param>
public sealed record ChainLink(NodeId Start, string Type, NodeId End, string? Detail = null);
