using Traceability.Core.Ownership;

namespace Traceability.Core.Rules;

/// <summary>SANCTIONED_OWNERSHIP: a facility or carrier blocked because blocked persons own 50% or more of it.</summary>
public sealed class SanctionedOwnershipRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "sanctioned.ownership-50";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.SanctionedOwnership;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        var g = c.Graph;
        foreach (var status in c.Ownership.All)
        {
            if (status.Reason != BlockReason.Ownership || !g.TryGetIndex(status.Node, out var v) || !g.IsSupplyNode(v)) continue;
            var owners = status.Stakes.Where(s => s.Percent is not null).Select(s => g.TryGetIndex(s.Owner, out var o) ? $"{g.NameOf(o)} is {c.Ownership.Describe(o)}" : s.Owner.Value);
            yield return (v, new Flag(Kind, Id, LegalBasis.Ofac50, Severity.Critical, g.IdOf(v),
                $"{c.Name(v)} is blocked under the 50 Percent Rule: blocked persons own {OwnershipStatus.Pct(status.BlockedPercent)} in the aggregate " +
                $"({status.Arithmetic(id => g.TryGetIndex(id, out var i) ? g.NameOf(i) : id.Value)} ≥ 50%). {string.Join("; ", owners)}.",
                c.Ownership.ExplainChain(v)));
        }
    }
}
