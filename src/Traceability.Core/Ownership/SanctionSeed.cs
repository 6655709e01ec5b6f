using Traceability.Core.Graph;

namespace Traceability.Core.Ownership;

/// <summary>A node known to be blocked: recorded on the node, matched by screening, or blocked outright by law.</summary>
/// <param name="Node">The blocked node.</param>
/// <param name="Entry">The list entry, e.g. <c>OFAC-SDN:19611</c>.</param>
/// <param name="Source">How it is known: <c>recorded on node</c>, <c>screening match 12 (score 0.94, confirmed)</c>...</param>
/// <param name="Blocking">True for blocking lists (OFAC): the party's holdings follow the 50 Percent Rule. False for watch
/// lists (UFLPA Entity List, CBP withhold release orders): flagged, but nothing they own is blocked.</param>
public sealed record SanctionSeed(NodeId Node, string Entry, string Source, bool Blocking = true);
