using Traceability.Core.Schema;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>
/// NK_LABOR: a North Korean workforce at a worksite that mines, grows, produces or processes, which is any
/// facility type except port, warehouse and logistics (those are NK_TRANSPORT). The CAATSA 321(b) presumption.
/// </summary>
public sealed class NkLaborRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "nk-labor.worksite";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.NkLabor;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        var g = c.Graph;
        for (var l = 0; l < g.NodeCount; l++)
        {
            if (g.KindOf(l) != NodeKind.LaborSource || g.AttributesOf(l).Nationality != IsoCountries.NorthKorea) continue;
            foreach (var (site, e) in c.Outgoing(l, RelKind.WorksAt))
            {
                if (g.KindOf(site) != NodeKind.Facility) continue;
                var type = g.AttributesOf(site).FacilityType;
                if (type is not null && GraphSnapshot.MovementTypes.Contains(type)) continue;
                var detail = Workforce(g.AttributesOf(l));
                yield return (site, new Flag(Kind, Id, LegalBasis.Caatsa321b, Severity.Critical, g.IdOf(site),
                    $"North Korean workforce '{c.Name(l)}' ({detail}) works at {c.Name(site)}, a {type ?? "production"} worksite: goods made there are presumed forced-labor goods under CAATSA §321(b)",
                    [c.Link(e, detail)], g.IdOf(l)));
            }
        }
    }

    internal static string Workforce(NodeAttributes a)
    {
        var parts = new List<string> { "nationality KP" };
        if (a.Workers is { } w) parts.Add($"{w} workers");
        if (a.LaborKind is { } k) parts.Add(k);
        return string.Join(", ", parts);
    }
}
