using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Tracing;

/// <summary>A node of a <see cref="TraceGraph"/>.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Name">Name.</param>
/// <param name="Label">Label.</param>
/// <param name="Role">Where it sits: root, supply, origin, untraced (a path ends there before an origin) or context (a flag's owner, workforce, recruiter...).</param>
/// <param name="Tier">Fewest SUPPLIES hops from the root; null for context nodes.</param>
/// <param name="Country">Country (or nationality, vessel flag), when known.</param>
/// <param name="Type">Facility type or transport mode.</param>
/// <param name="Flags">Flag kinds on the node, in declaration order.</param>
/// <param name="Severity">Worst flag severity, or null.</param>
/// <param name="MoreUpstream">True when some of its suppliers were left out because the graph was cut to the nearest tiers.</param>
public sealed record TraceGraphNode(NodeId Id, string Name, string Label, string Role, int? Tier, string? Country, string? Type,
    IReadOnlyList<FlagKind> Flags, Severity? Severity, bool MoreUpstream);
