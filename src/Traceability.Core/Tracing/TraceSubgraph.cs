using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Tracing;

/// <summary>The nodes of one trace for export: the upstream cone plus the context nodes its flags come from.</summary>
public static class TraceSubgraph
{
    /// <summary>
    /// The cone of <paramref name="root"/> and, for every flag on it, the flag's source node and every node of the chain that
    /// justifies it (owners, operators, workforces, recruiters), sorted by id.
    /// </summary>
    /// <exception cref="NotFoundException">No such node.</exception>
    /// <exception cref="QueryException">The node is not a product, facility or transporter.</exception>
    public static IReadOnlyList<NodeId> Nodes(RiskIndex risk, NodeId root)
    {
        var g = risk.Graph;
        if (!g.TryGetIndex(root, out var r)) throw new NotFoundException("product", root.Value);
        if (!g.IsSupplyNode(r)) throw new QueryException("product", $"'{root}' is a {g.KindOf(r)}; only products, facilities and transporters can be traced");
        using var cone = Cone.Build(g, r);
        var nodes = new SortedSet<NodeId>();
        foreach (var v in cone.Nodes)
        {
            nodes.Add(g.IdOf(v));
            foreach (var f in risk.FlagsOf(v))
            {
                if (f.Source is { } s) nodes.Add(s);
                foreach (var link in f.Chain)
                {
                    nodes.Add(link.Start);
                    nodes.Add(link.End);
                }
            }
        }
        return [.. nodes];
    }
}
