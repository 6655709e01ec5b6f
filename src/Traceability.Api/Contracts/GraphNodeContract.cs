using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>A node of a drawn trace.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Name">Name.</param>
/// <param name="Label">Product, Facility, Transporter, Company, Person, LaborSource or Material.</param>
/// <param name="Role">root, supply, origin, untraced (a path ends there before an origin) or context (where a flag comes from).</param>
/// <param name="Tier">Fewest SUPPLIES hops from the product; null for context nodes.</param>
/// <param name="Country">Country, nationality or vessel flag.</param>
/// <param name="Type">Facility type, transport mode or workforce kind.</param>
/// <param name="Flags">Flag kinds on the node (for a context node: of the flags it is the source of).</param>
/// <param name="Severity">Worst severity among them: critical, high, medium, low; null when none.</param>
/// <param name="MoreUpstream">True when suppliers of the node were left out (truncated graph).</param>
public sealed record GraphNodeContract(string Id, string Name, string Label, string Role, int? Tier, string? Country, string? Type,
    IReadOnlyList<string> Flags, string? Severity, bool MoreUpstream)
{
    public static GraphNodeContract Map(TraceGraphNode n) => new(n.Id.Value, n.Name, n.Label, n.Role, n.Tier, n.Country, n.Type,
        [.. n.Flags.Select(FlagKinds.Code)], n.Severity is { } s ? FlagContract.SeverityName(s) : null, n.MoreUpstream);
}
