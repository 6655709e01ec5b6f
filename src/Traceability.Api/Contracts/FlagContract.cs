using System.Numerics;
using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>A flag on a node of a trace, explaining itself.</summary>
/// <param name="Node">Flagged supply-path node.</param>
/// <param name="NodeName">Its name.</param>
/// <param name="Kind">NK_LABOR, DPRK_LOCATION, NK_TRANSPORT, SANCTIONED, SANCTIONED_OWNERSHIP, SANCTIONED_LINK, DOL_LISTED, HIGH_RISK_HOST or UNTRACED.</param>
/// <param name="Rule">Stable rule id.</param>
/// <param name="Basis">Legal basis or source list.</param>
/// <param name="Severity">critical, high, medium or low.</param>
/// <param name="PathsThrough">Trace paths through the node (exact integer).</param>
/// <param name="PathsThroughExact">False when a lower bound.</param>
/// <param name="Tier">Tier of the node.</param>
/// <param name="Explanation">Why, in words.</param>
/// <param name="Source">Context node where the finding originates (workforce, owner, recruiter).</param>
/// <param name="Chain">Relationships that justify the flag.</param>
/// <param name="Witness">A path through the node, product first (at most 200 ids).</param>
/// <param name="WitnessOmitted">Nodes of the route to the flagged node left out after the witness's first 50 (0 unless it is more than 100 hops away).</param>
public sealed record FlagContract(string Node, string NodeName, string Kind, string Rule, string Basis, string Severity,
    BigInteger PathsThrough, bool PathsThroughExact, int Tier, string Explanation, string? Source,
    IReadOnlyList<ChainLinkContract> Chain, IReadOnlyList<string> Witness, int WitnessOmitted)
{
    public static FlagContract Map(TraceFlag f) => new(f.Flag.Node.Value, f.NodeName, f.Flag.Code, f.Flag.Rule, f.Flag.Basis,
        SeverityName(f.Flag.Severity), f.PathsThrough.Value, f.PathsThrough.Exact, f.Tier, f.Flag.Explanation, f.Flag.Source?.Value,
        new LazyList<Core.Rules.ChainLink, ChainLinkContract>(f.Flag.Chain, ChainLinkContract.Map),
        new LazyList<Core.Graph.NodeId, string>(f.Witness, w => w.Value), f.WitnessOmitted);

    public static string SeverityName(Severity s) => s.ToString().ToLowerInvariant();
}
