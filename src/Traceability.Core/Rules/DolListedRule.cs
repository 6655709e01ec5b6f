using Traceability.Core.Reference;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>DOL_LISTED: the facility's country and one of its goods are on the DOL list (by normalized name or HS code).</summary>
public sealed class DolListedRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "dol.listed-good";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.DolListed;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        var g = c.Graph;
        if (c.Lists.Dol.Count == 0) yield break;
        var byCountry = c.Lists.Dol.ToLookup(d => d.Country);
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (g.KindOf(v) != NodeKind.Facility || g.AttributesOf(v).Country is not { } country || !byCountry.Contains(country)) continue;
            var goods = c.GoodsOf(v).ToList();
            foreach (var entry in byCountry[country])
            {
                var hit = goods.FirstOrDefault(x => GoodsMatcher.GoodMatches(entry.Good, x.Good) ||
                    (entry.HsCode is { Length: > 0 } hs && x.HsCode is { Length: > 0 } h && (h.StartsWith(hs, StringComparison.Ordinal) || hs.StartsWith(h, StringComparison.Ordinal))));
                if (hit.Good is null) continue;
                var labor = entry is { ChildLabor: true, ForcedLabor: true } ? "child labor and forced labor" : entry.ForcedLabor ? "forced labor" : "child labor";
                var verify = entry.Status == "verify" ? " (list entry marked verify: check the current edition)" : "";
                yield return (v, new Flag(Kind, Id, $"{LegalBasis.Dol}, {entry.Source} {entry.AsOf}", entry.ForcedLabor ? Severity.High : Severity.Medium, g.IdOf(v),
                    $"{c.Name(v)} handles '{hit.Good}' in {country}; the DOL list names {entry.Good} from {country} for {labor}{verify}",
                    hit.Edge >= 0 ? [c.Link(hit.Edge, hit.Good)] : []));
            }
        }
    }
}
