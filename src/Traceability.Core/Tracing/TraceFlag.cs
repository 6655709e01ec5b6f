using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Tracing;

/// <summary>A flag found in a trace, with how many paths pass through its node and one that does.</summary>
/// <param name="Flag">The flag, with its rule, basis, severity and chain.</param>
/// <param name="NodeName">Name of the flagged node.</param>
/// <param name="Tier">Tier of the flagged node.</param>
/// <param name="PathsThrough">Paths through the flagged node.</param>
/// <param name="Witness">A complete path through the node, root first.</param>
public sealed record TraceFlag(Flag Flag, string NodeName, int Tier, PathCount PathsThrough, IReadOnlyList<NodeId> Witness);
