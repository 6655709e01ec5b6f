using Traceability.Core.Graph;

namespace Traceability.Core.Tracing;

/// <summary>A node of a trace with where it sits.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Name">Name.</param>
/// <param name="Label">Label.</param>
/// <param name="Tier">Fewest SUPPLIES hops from the root.</param>
/// <param name="Country">Country, when known.</param>
/// <param name="FacilityType">Facility type, or transport mode.</param>
/// <param name="PathsThrough">Paths through the node.</param>
public sealed record TraceNode(NodeId Id, string Name, string Label, int Tier, string? Country, string? FacilityType, PathCount PathsThrough);
