using Traceability.Core.Ownership;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>
/// SANCTIONED_LINK (caution, OFAC FAQ 398): a facility or carrier that is not blocked but is operated by a blocked
/// party, staffed by a workforce a blocked party recruits, or owned by blocked parties below 50% (or undisclosed).
/// </summary>
public sealed class SanctionedLinkRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "sanctioned.link";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.SanctionedLink;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!g.IsSupplyNode(v) || c.Ownership.IsBlocked(v)) continue;
            foreach (var (op, e) in c.Incoming(v, RelKind.Operates))
            {
                if (!c.Ownership.IsBlocked(op)) continue;
                yield return (v, Make(c, v, op, $"{c.Name(v)} is operated by {c.Name(op)}, which is {c.Ownership.Describe(op)}: control without 50% ownership does not block, but calls for caution",
                    [.. Upstream(c, op), c.Link(e)]));
            }
            foreach (var (labor, works) in c.Incoming(v, RelKind.WorksAt))
            {
                foreach (var (recruiter, rec) in c.Incoming(labor, RelKind.Recruits))
                {
                    if (!c.Ownership.IsBlocked(recruiter)) continue;
                    yield return (v, Make(c, v, recruiter, $"the workforce '{c.Name(labor)}' at {c.Name(v)} is recruited by {c.Name(recruiter)}, which is {c.Ownership.Describe(recruiter)}",
                        [.. Upstream(c, recruiter), c.Link(rec), c.Link(works)]));
                }
            }
            if (c.Ownership.StatusOf(v) is { Blocked: false, Stakes.Count: > 0 } status &&
                (status.BlockedPercent >= c.CautionPercent || status.HasUndisclosedStake))
            {
                var arithmetic = status.Arithmetic(id => g.TryGetIndex(id, out var i) ? g.NameOf(i) : id.Value);
                var owner = g.TryGetIndex(status.Stakes[0].Owner, out var o) ? o : v;
                yield return (v, Make(c, v, owner, $"blocked persons own {arithmetic} of {c.Name(v)}: below 50%, so not blocked, but a significant blocked interest",
                    c.Ownership.ExplainChain(v)));
            }
        }
    }

    private Flag Make(RuleContext c, int v, int source, string why, IReadOnlyList<ChainLink> chain) =>
        new(Kind, Id, LegalBasis.OfacCaution, Severity.High, c.Graph.IdOf(v), why, chain, c.Graph.IdOf(source));

    private static IReadOnlyList<ChainLink> Upstream(RuleContext c, int blocked) =>
        c.Ownership.StatusOf(blocked)?.Reason == BlockReason.Ownership ? c.Ownership.ExplainChain(blocked) : [];
}
