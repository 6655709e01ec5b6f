using Traceability.Core.Snapshots;

namespace Traceability.Core.Reports;

/// <summary>Finds the parent company at a worksite: the ultimate owner through OWNS.</summary>
public static class ParentCompanies
{
    /// <summary>
    /// Follows the largest stake upward (undisclosed stakes rank below any disclosed one, ties go to the smaller id)
    /// until a node has no owner, stopping before a node already on the chain. Null when nobody owns the node.
    /// </summary>
    public static ParentCompany? Of(GraphSnapshot g, int v)
    {
        var hops = new List<OwnershipHop>();
        var seen = new HashSet<int> { v };
        var cycle = false;
        var at = v;
        while (true)
        {
            int best = -1;
            var bestPct = double.NegativeInfinity;
            foreach (var (owner, e) in g.Incoming(at, RelKind.Owns))
            {
                var pct = double.IsNaN(g.EdgePercent[e]) ? -1 : g.EdgePercent[e];
                if (pct > bestPct) (best, bestPct) = (owner, pct);
            }
            if (best < 0) break;
            if (!seen.Add(best)) { cycle = true; break; }
            hops.Add(new OwnershipHop(g.IdOf(best), g.NameOf(best), g.KindOf(best).ToString(), g.IdOf(at), bestPct < 0 ? null : bestPct));
            at = best;
        }
        return hops.Count == 0 ? null : new ParentCompany(g.IdOf(at), g.NameOf(at), g.KindOf(at).ToString(), hops, cycle);
    }
}
