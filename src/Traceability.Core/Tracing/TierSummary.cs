namespace Traceability.Core.Tracing;

/// <summary>How many nodes sit at one tier of a trace.</summary>
/// <param name="Tier">Hops from the root.</param>
/// <param name="Nodes">Nodes at the tier.</param>
/// <param name="Facilities">Facilities among them.</param>
/// <param name="Transporters">Transporters among them.</param>
/// <param name="Flagged">Nodes with at least one flag.</param>
public sealed record TierSummary(int Tier, int Nodes, int Facilities, int Transporters, int Flagged);
