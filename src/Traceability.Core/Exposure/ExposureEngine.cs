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
        var (off, adj) = TracedRows(g);
        var counter = new ContinuationCounter(g.NodeCount, off, adj, options.CycleStateBudget, cancellationToken);
        var k = counter.ComponentCount;
        var mask = new int[k];
        var severity = new int[k];
        var exact = new bool[k];
        for (var c = 0; c < k; c++)
        {
            var m = 0;
            var s = 0;
            var e = counter.Exact[c];
            foreach (var v in counter.Members[c])
            {
                m |= risk.MaskOf(v);
                foreach (var f in risk.FlagsOf(v)) s = Math.Max(s, (int)f.Severity);
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
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (g.KindOf(v) != NodeKind.Product || (only is not null && !only.Contains(v))) continue;
            var c = counter.Component[v];
            products.Add(new ProductExposure(g.IdOf(v), g.NameOf(v), (mask[c] & FlagKinds.PresumptionMask) != 0,
                severity[c] == 0 ? null : (Severity)severity[c], [.. FlagKinds.InMask(mask[c])],
                new PathCount(counter.F[v], exact[c]), [.. Importers(g, v)]));
        }
        var ranked = products
            .OrderByDescending(p => p.Presumption)
            .ThenByDescending(p => p.MaxSeverity ?? 0)
            .ThenByDescending(p => p.Kinds.Count)
            .ThenBy(p => p.Product)
            .ToList();
        return new ExposureReport(g.Version, $"{risk.Lists.Version}; seeds {risk.SeedsVersion}", ranked);
    }

    /// <summary>The traced graph as rows: suppliers of each node, none for origins, no self-loops.</summary>
    internal static (int[] Off, int[] Adj) TracedRows(GraphSnapshot g)
    {
        var n = g.NodeCount;
        var off = new int[n + 1];
        var sup = g.Suppliers;
        for (var v = 0; v < n; v++)
        {
            var d = 0;
            if (!g.IsOrigin[v])
                foreach (var u in sup.Of(v)) if (u != v) d++;
            off[v + 1] = off[v] + d;
        }
        var adj = new int[off[n]];
        for (var v = 0; v < n; v++)
        {
            if (g.IsOrigin[v]) continue;
            var at = off[v];
            foreach (var u in sup.Of(v)) if (u != v) adj[at++] = u;
        }
        return (off, adj);
    }

    private static IEnumerable<int> Imports(GraphSnapshot g, int importer) =>
        g.Outgoing(importer, RelKind.Imports).Select(x => x.Node);

    private static List<NodeId> Importers(GraphSnapshot g, int product) =>
        [.. g.Incoming(product, RelKind.Imports).Select(x => g.IdOf(x.Node))];
}
