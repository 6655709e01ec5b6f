using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Tracing;

/// <summary>A flag found in a trace, with how many paths pass through its node and one that does.</summary>
/// <param name="Flag">The flag, with its rule, basis, severity and chain.</param>
/// <param name="NodeName">Name of the flagged node.</param>
/// <param name="Tier">Tier of the flagged node.</param>
/// <param name="PathsThrough">Paths through the flagged node.</param>
/// <param name="Witness">A path through the node, root first (at most 200 ids; see <see cref="WitnessOmitted"/>).</param>
public sealed record TraceFlag(Flag Flag, string NodeName, int Tier, PathCount PathsThrough, IReadOnlyList<NodeId> Witness)
{
    /// <summary>
    /// Nodes of the route from the root left out of <see cref="Witness"/> after its first 50 (0 unless the flagged node is
    /// more than 100 hops from the root): the witness then shows both ends of the route and the flagged node.
    /// </summary>
    public int WitnessOmitted => Witness is WitnessPath w ? w.Omitted : 0;
}
