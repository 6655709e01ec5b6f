using Traceability.Core.Schema;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>
/// NK_TRANSPORT: North Korean nationals moving goods rather than making them: a KP workforce on a carrier,
/// or at a port, warehouse or logistics site. Not the 321(b) presumption.
/// </summary>
public sealed class NkTransportWorkforceRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "nk-transport.workforce";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.NkTransport;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        var g = c.Graph;
        for (var l = 0; l < g.NodeCount; l++)
        {
            if (g.KindOf(l) != NodeKind.LaborSource || g.AttributesOf(l).Nationality != IsoCountries.NorthKorea) continue;
            foreach (var (site, e) in c.Outgoing(l, RelKind.WorksAt))
            {
                var kind = g.KindOf(site);
                var type = g.AttributesOf(site).FacilityType;
                var movement = kind == NodeKind.Transporter ||
                    (kind == NodeKind.Facility && type is not null && GraphSnapshot.MovementTypes.Contains(type));
                if (!movement) continue;
                var what = kind == NodeKind.Transporter ? $"on the {g.AttributesOf(site).Mode ?? "carrier"} {c.Name(site)}" : $"at the {type} {c.Name(site)}";
                var detail = NkLaborRule.Workforce(g.AttributesOf(l));
                yield return (site, new Flag(Kind, Id, LegalBasis.NkTransport, Severity.High, g.IdOf(site),
                    $"North Korean workforce '{c.Name(l)}' ({detail}) works {what}: North Koreans in the movement of goods do not trigger the 321(b) presumption but may violate other CAATSA provisions and the North Korea Sanctions Regulations",
                    [c.Link(e, detail)], g.IdOf(l)));
            }
        }
    }
}
