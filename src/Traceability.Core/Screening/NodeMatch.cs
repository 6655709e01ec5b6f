using Traceability.Core.Graph;

namespace Traceability.Core.Screening;

/// <summary>A graph node that resembles a list entry, found by screening the graph.</summary>
/// <param name="Node">The node.</param>
/// <param name="NodeName">Its name.</param>
/// <param name="Match">The match, with the entry, score and explanation.</param>
public sealed record NodeMatch(NodeId Node, string NodeName, ScreeningMatch Match);
