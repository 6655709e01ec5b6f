using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Tracing;

/// <summary>The nodes (for export) or the nodes and relationships (for drawing) of one trace: the upstream cone plus the context nodes its flags come from.</summary>
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
        using var cone = Cone.Build(g, Resolve(g, root));
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

    /// <summary>
    /// The cone of <paramref name="root"/> as a graph to draw: at most <paramref name="maxNodes"/> cone nodes, nearest tiers first,
    /// the SUPPLIES relationships between them, and the context nodes and relationships of the chains of their flags.
    /// </summary>
    /// <exception cref="NotFoundException">No such node.</exception>
    /// <exception cref="QueryException">The node is not a product, facility or transporter, or <paramref name="maxNodes"/> is below 1.</exception>
    public static TraceGraph Graph(RiskIndex risk, NodeId root, int maxNodes)
    {
        if (maxNodes < 1) throw new QueryException("maxNodes", "must be at least 1");
        var g = risk.Graph;
        var r = Resolve(g, root);
        using var cone = Cone.Build(g, r);
        // Breadth-first order is tier order: the first `kept` local nodes are the nearest tiers.
        var kept = Math.Min(cone.Count, maxNodes);
        var nodes = new List<TraceGraphNode>(kept);
        var edges = new List<TraceGraphEdge>();
        var edgeAt = new Dictionary<(NodeId, string, NodeId), int>();
        var context = new SortedDictionary<NodeId, int>();
        var sourceOf = new Dictionary<NodeId, List<Flag>>();
        bool Kept(int global) => cone.LocalOf(global) is var l && l >= 0 && l < kept;

        for (var l = 0; l < kept; l++)
        {
            var v = cone.Nodes[l];
            var more = false;
            foreach (var u in cone.SuppliersOf(l)) more |= u >= kept;
            var role = l == 0 ? "root" : g.IsOrigin[v] ? "origin" : cone.IsTerminal(l) ? "untraced" : "supply";
            var flags = risk.FlagsOf(v);
            nodes.Add(Node(g, v, role, cone.Tier[l], FlagKinds.InMask(risk.MaskOf(v)), flags.Count == 0 ? null : flags[0].Severity, more));
            if (!g.IsOrigin[v])
            {
                var suppliers = g.Suppliers.Of(v);
                var ids = g.Suppliers.EdgesOf(v);
                for (var i = 0; i < suppliers.Length; i++)
                    if (suppliers[i] != v && Kept(suppliers[i])) AddEdge(g.IdOf(suppliers[i]), "SUPPLIES", g.IdOf(v), g.EdgeMaterial[ids[i]], true);
            }
            foreach (var f in flags)
            {
                if (f.Source is { } s && Include(s) && context.ContainsKey(s))
                {
                    if (!sourceOf.TryGetValue(s, out var list)) sourceOf[s] = list = [];
                    list.Add(f);
                }
                foreach (var link in f.Chain)
                {
                    if (!Include(link.Start) || !Include(link.End)) continue;
                    AddEdge(link.Start, link.Type, link.End, link.Detail, false);
                }
            }
        }
        foreach (var (id, v) in context)
        {
            var from = sourceOf.GetValueOrDefault(id) ?? [];
            var mask = 0;
            foreach (var f in from) mask |= FlagKinds.Bit(f.Kind);
            nodes.Add(Node(g, v, "context", null, FlagKinds.InMask(mask), from.Count == 0 ? null : from.Max(f => f.Severity), false));
        }
        return new TraceGraph(g.IdOf(r), g.NameOf(r), g.KindOf(r).ToString(), g.Version, nodes, edges, cone.Count, cone.EdgeCount, kept < cone.Count);

        // A chain node is drawn when it is a kept cone node or outside the cone (a context node); never a cone node cut away.
        bool Include(NodeId id)
        {
            if (!g.TryGetIndex(id, out var v)) return false;
            var l = cone.LocalOf(v);
            if (l >= 0) return l < kept;
            context.TryAdd(id, v);
            return true;
        }

        void AddEdge(NodeId start, string type, NodeId end, string? detail, bool traced)
        {
            if (edgeAt.TryGetValue((start, type, end), out var at))
            {
                var e = edges[at] with { Traced = edges[at].Traced || traced };
                if (detail is not null && e.Detail?.Split("; ").Contains(detail) != true)
                    e = e with { Detail = e.Detail is null ? detail : $"{e.Detail}; {detail}" };
                edges[at] = e;
                return;
            }
            edgeAt[(start, type, end)] = edges.Count;
            edges.Add(new TraceGraphEdge(start, type, end, detail, traced));
        }
    }

    private static TraceGraphNode Node(GraphSnapshot g, int v, string role, int? tier, IEnumerable<FlagKind> flags, Severity? severity, bool more)
    {
        var a = g.AttributesOf(v);
        return new TraceGraphNode(g.IdOf(v), g.NameOf(v), g.KindOf(v).ToString(), role, tier, a.Country ?? a.Nationality ?? a.Flag,
            a.FacilityType ?? a.Mode ?? a.LaborKind, [.. flags], severity, more);
    }

    private static int Resolve(GraphSnapshot g, NodeId root)
    {
        if (!g.TryGetIndex(root, out var r)) throw new NotFoundException("product", root.Value);
        if (!g.IsSupplyNode(r)) throw new QueryException("product", $"'{root}' is a {g.KindOf(r)}; only products, facilities and transporters can be traced");
        return r;
    }
}
