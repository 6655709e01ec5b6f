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
        var mask = new int[k];
        var severity = new int[k];
        var exact = new bool[k];
        for (var c = 0; c < k; c++)
        {
            if ((c & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            var m = 0;
            var s = 0;
            var e = counter.Exact[c];
            foreach (var v in counter.MembersOf(c))
            {
                m |= risk.MaskOf(v);
                s = Math.Max(s, risk.MaxSeverityOf(v));
                for (var i = off[v]; i < off[v + 1]; i++)
                {
                    var cu = counter.Component[adj[i]];
                    if (cu == c) continue;
                    m |= mask[cu];
                    s = Math.Max(s, severity[cu]);
                    e &= exact[cu];
                }
            }
            (mask[c], severity[c], exact[c]) = (m, s, e);
        }
        var products = new List<ProductExposure>();
        var kindsByMask = new Dictionary<int, IReadOnlyList<FlagKind>>();
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (g.KindOf(v) != NodeKind.Product || (only is not null && !only.Contains(v))) continue;
            var c = counter.Component[v];
            if (!kindsByMask.TryGetValue(mask[c], out var kinds)) kindsByMask[mask[c]] = kinds = [.. FlagKinds.InMask(mask[c])];
            products.Add(new ProductExposure(g.IdOf(v), g.NameOf(v), (mask[c] & FlagKinds.PresumptionMask) != 0,
                severity[c] == 0 ? null : (Severity)severity[c], kinds, new PathCount(counter.F(v), exact[c]), Importers(g, v)));
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
