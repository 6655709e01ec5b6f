using Traceability.Core.Schema;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>NK_TRANSPORT: a carrier flagged in North Korea.</summary>
public sealed class NkTransportFlagRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "nk-transport.flag-state";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.NkTransport;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (g.KindOf(v) != NodeKind.Transporter || g.AttributesOf(v).Flag != IsoCountries.NorthKorea) continue;
            var imo = g.AttributesOf(v).Imo is { } i ? $" (IMO {i})" : "";
            yield return (v, new Flag(Kind, Id, LegalBasis.NkTransport, Severity.High, g.IdOf(v),
                $"{c.Name(v)}{imo} flies the North Korean flag: carriage on a DPRK-flagged {g.AttributesOf(v).Mode ?? "carrier"} exposes the shipment to the North Korea Sanctions Regulations",
                []));
        }
    }
}
