using Traceability.Core.Graph;

namespace Traceability.Core.Ownership;

/// <summary>A node known to be blocked: recorded on the node, matched by screening, or blocked outright by law.</summary>
/// <param name="Node">The blocked node.</param>
/// <param name="Entry">The list entry, e.g. <c>OFAC-SDN:19611</c>.</param>
/// <param name="Source">How it is known: <c>recorded on node</c>, <c>screening match 12 (score 0.94, confirmed)</c>...</param>
public sealed record SanctionSeed(NodeId Node, string Entry, string Source);
