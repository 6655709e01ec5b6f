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
        const int Inexact = 1 << 24;
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
        var products = new List<ProductExposure>();
        var kindsByMask = new Dictionary<int, IReadOnlyList<FlagKind>>();
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (g.KindOf(v) != NodeKind.Product || (only is not null && !only.Contains(v))) continue;
            var b = bits[counter.Component[v]];
            var mask = b & 0xFFFF;
            if (!kindsByMask.TryGetValue(mask, out var kinds)) kindsByMask[mask] = kinds = [.. FlagKinds.InMask(mask)];
            products.Add(new ProductExposure(g.IdOf(v), g.NameOf(v), (mask & FlagKinds.PresumptionMask) != 0,
                RiskIndex.WorstSeverity(b), kinds, new PathCount(counter.F(v), (b & Inexact) == 0), Importers(g, v)));
        }
        // Rank: barred first, then worst severity, then number of kinds, then id. Products were added in id order, so
        // sorting (rank, position) as one 64-bit key keeps ids in order within a rank without comparing strings.
        var keys = new long[products.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var p = products[i];
            var rank = (p.Presumption ? 0 : 1 << 16) | ((4 - (int)(p.MaxSeverity ?? 0)) << 8) | (32 - p.Kinds.Count);
            keys[i] = ((long)rank << 32) | (uint)i;
        }
        Array.Sort(keys);
        var ranked = new ProductExposure[keys.Length];
        for (var i = 0; i < keys.Length; i++) ranked[i] = products[(int)(keys[i] & 0xFFFFFFFF)];
        return new ExposureReport(g.Version, $"{risk.Lists.Version}; seeds {risk.SeedsVersion}", ranked);
    }

    private static IEnumerable<int> Imports(GraphSnapshot g, int importer) =>
        g.Outgoing(importer, RelKind.Imports).Select(x => x.Node);

    private static NodeId[] Importers(GraphSnapshot g, int product)
    {
        var ins = g.In.Of(product);
        var edges = g.In.EdgesOf(product);
        var count = 0;
        foreach (var e in edges) if (g.EdgeKinds[e] == RelKind.Imports) count++;
        if (count == 0) return [];
        var ids = new NodeId[count];
        count = 0;
        for (var i = 0; i < ins.Length; i++) if (g.EdgeKinds[edges[i]] == RelKind.Imports) ids[count++] = g.IdOf(ins[i]);
        return ids;
    }
}
