using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Core.Exposure;

/// <summary>
/// Exposure of every product in one pass over the graph, not one trace per product: strongly connected components
/// of the traced graph (SUPPLIES backwards, stopping at origins), then flag kinds, worst severity and path counts
/// propagated from the most upstream component down to the products.
/// </summary>
public static class ExposureEngine
{
    /// <summary>Computes the exposure of every product, or of those <paramref name="importer"/> imports.</summary>
    /// <exception cref="NotFoundException">The importer is unknown.</exception>
    public static ExposureReport Compute(RiskIndex risk, NodeId? importer, TraceOptions? options, CancellationToken cancellationToken)
    {
        var g = risk.Graph;
        options ??= TraceOptions.Default;
        HashSet<int>? only = null;
        if (importer is { } imp)
        {
            if (!g.TryGetIndex(imp, out var i)) throw new NotFoundException("importer", imp.Value);
            only = [.. Imports(g, i)];
        }
        var global = GlobalCounts.For(g, options.CycleStateBudget, cancellationToken);
        var (off, adj, counter) = (global.Off, global.Adj, global.Counter);
        var k = counter.ComponentCount;
        // One bit set per component: flag kinds, severities (one-hot) and an inexact-count bit, all merged by OR.
        const int Inexact = RankedExposures.Inexact;
        var bits = new int[k];
        for (var c = 0; c < k; c++)
        {
            if ((c & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            var b = counter.Exact[c] ? 0 : Inexact;
            foreach (var v in counter.MembersOf(c))
            {
                b |= risk.BitsOf(v);
                for (var i = off[v]; i < off[v + 1]; i++) b |= bits[counter.Component[adj[i]]];
            }
            bits[c] = b;
        }
        // Rank: barred first, then worst severity, then number of kinds, then id. There are a few hundred ranks and the
        // products are visited in id order, so a counting sort by rank keeps ids in order within a rank, in linear time.
        var candidates = new List<(int Node, int Bits, int Rank)>();
        var kindsByMask = new Dictionary<int, IReadOnlyList<FlagKind>>();
        const int Ranks = 2 * 5 * 33;
        var perRank = new int[Ranks + 1];
        int barred = 0, flagged = 0;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (g.KindOf(v) != NodeKind.Product || (only is not null && !only.Contains(v))) continue;
            var b = bits[counter.Component[v]];
            var mask = b & 0xFFFF;
            if (!kindsByMask.TryGetValue(mask, out var kinds)) kindsByMask[mask] = kinds = [.. FlagKinds.InMask(mask)];
            var presumption = (mask & FlagKinds.PresumptionMask) != 0;
            if (presumption) barred++;
            if (kinds.Count > 0) flagged++;
            var rank = ((presumption ? 0 : 1) * 5 + (4 - (int)(RiskIndex.WorstSeverity(b) ?? 0))) * 33 + (32 - kinds.Count);
            perRank[rank + 1]++;
            candidates.Add((v, b, rank));
        }
        for (var r = 0; r < Ranks; r++) perRank[r + 1] += perRank[r];
        var order = new int[candidates.Count];
        var orderBits = new int[candidates.Count];
        foreach (var (v, b, rank) in candidates)
        {
            var at = perRank[rank]++;
            order[at] = v;
            orderBits[at] = b;
        }
        var ranked = new RankedExposures(g, counter, order, orderBits, kindsByMask);
        return new ExposureReport(g.Version, $"{risk.Lists.Version}; seeds {risk.SeedsVersion}", ranked, barred, flagged);
    }

    private static IEnumerable<int> Imports(GraphSnapshot g, int importer) =>
        g.Outgoing(importer, RelKind.Imports).Select(x => x.Node);
}
