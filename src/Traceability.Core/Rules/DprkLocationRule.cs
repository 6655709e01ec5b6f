using Traceability.Core.Schema;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>DPRK_LOCATION: a facility located in North Korea.</summary>
public sealed class DprkLocationRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "dprk.location";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.DprkLocation;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (g.KindOf(v) != NodeKind.Facility || g.AttributesOf(v).Country != IsoCountries.NorthKorea) continue;
            var city = g.AttributesOf(v).City is { } ci ? $" ({ci})" : "";
            yield return (v, new Flag(Kind, Id, LegalBasis.DprkLocation, Severity.Critical, g.IdOf(v),
                $"{c.Name(v)} is located in North Korea{city}: its goods are made by North Korean labor and dealings are prohibited under the North Korea Sanctions Regulations",
                []));
        }
    }
}
