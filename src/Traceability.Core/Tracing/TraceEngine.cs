using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Tracing;

/// <summary>
/// Traces a product back to its origins on a snapshot: the cone, exact path counts, the flags on the way with
/// the paths through each and a witness path, the 321(b) verdict, and a page of paths.
/// </summary>
public static class TraceEngine
{
    /// <summary>Traces <paramref name="root"/>.</summary>
    /// <exception cref="NotFoundException">No such node.</exception>
    /// <exception cref="QueryException">The node is not a product, facility or transporter, or the query is invalid.</exception>
    /// <exception cref="InvalidCursorException">The cursor does not belong to this trace.</exception>
    public static TraceResult Trace(RiskIndex risk, NodeId root, PathQuery query, TraceOptions? options, CancellationToken cancellationToken)
    {
        var g = risk.Graph;
        var r = Resolve(g, root);
        Validate(g, query);
        options ??= TraceOptions.Default;
        var cone = Cone.Build(g, r);
        var counts = PathCounter.Count(cone, options.CycleStateBudget, cancellationToken);
        var page = new PathEnumerator(cone, risk, g.Version).Page(query, cancellationToken);

        PathCount Through(int local) => new(counts.Through[local], counts.Exact);
        TraceNode Node(int local)
        {
            var v = cone.Nodes[local];
            var a = g.AttributesOf(v);
            return new TraceNode(g.IdOf(v), g.NameOf(v), g.KindOf(v).ToString(), cone.Tier[local], a.Country, a.FacilityType ?? a.Mode, Through(local));
        }

        var origins = new List<TraceNode>();
        var untraced = new List<TraceNode>();
        var flags = new List<TraceFlag>();
        var tiers = new SortedDictionary<int, int[]>();
        for (var l = 0; l < cone.Count; l++)
        {
            var v = cone.Nodes[l];
            if (cone.IsTerminal(l))
            {
                if (g.IsOrigin[v]) origins.Add(Node(l));
                else untraced.Add(Node(l));
            }
            var fs = risk.FlagsOf(v);
            if (!tiers.TryGetValue(cone.Tier[l], out var t)) tiers[cone.Tier[l]] = t = new int[4];
            t[0]++;
            if (g.KindOf(v) == NodeKind.Facility) t[1]++;
            if (g.KindOf(v) == NodeKind.Transporter) t[2]++;
            if (fs.Count > 0) t[3]++;
            if (fs.Count == 0) continue;
            var witness = Witness(cone, l);
            foreach (var f in fs) flags.Add(new TraceFlag(f, g.NameOf(v), cone.Tier[l], Through(l), witness));
        }
        var ordered = flags.OrderByDescending(f => f.Flag.Severity).ThenBy(f => f.Flag.Kind).ThenBy(f => f.Tier).ThenBy(f => f.Flag.Node).ToList();
        return new TraceResult(g.IdOf(r), g.NameOf(r), g.KindOf(r).ToString(), g.Version, $"{risk.Lists.Version}; seeds {risk.SeedsVersion}",
            new PathCount(counts.Total, counts.Exact), Verdict(ordered),
            [.. origins.OrderBy(o => o.Tier).ThenBy(o => o.Id)], [.. untraced.OrderBy(o => o.Tier).ThenBy(o => o.Id)],
            [.. tiers.Select(kv => new TierSummary(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]))],
            ordered, cone.Count, cone.EdgeCount, counts.CyclicComponents, page);
    }

    /// <summary>Witness paths for one flagged node of a trace: up to <paramref name="limit"/> paths through it.</summary>
    public static PathPage Witnesses(RiskIndex risk, NodeId root, NodeId node, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var g = risk.Graph;
        var r = Resolve(g, root);
        var cone = Cone.Build(g, r);
        var query = new PathQuery { Through = node, Limit = limit, Cursor = cursor };
        Validate(g, query);
        return new PathEnumerator(cone, risk, g.Version).Page(query, cancellationToken);
    }

    private static int Resolve(GraphSnapshot g, NodeId root)
    {
        if (!g.TryGetIndex(root, out var r)) throw new NotFoundException("node", root.Value);
        if (!g.IsSupplyNode(r)) throw new QueryException("product", $"'{root}' is a {g.KindOf(r)}; only products, facilities and transporters can be traced");
        return r;
    }

    private static void Validate(GraphSnapshot g, PathQuery q)
    {
        if (q.Limit is < 0 or > 10_000) throw new QueryException("limit", "must be between 0 and 10000");
        if (q.MaxDepth is < 0) throw new QueryException("maxDepth", "must be 0 or more");
        if (q.StepBudget < 1000) throw new QueryException("stepBudget", "must be at least 1000");
        if (q.TimeBudget <= TimeSpan.Zero) throw new QueryException("timeBudget", "must be positive");
        if (q.Through is { } t && !g.TryGetIndex(t, out _)) throw new NotFoundException("node", t.Value);
    }

    private static Presumption Verdict(List<TraceFlag> flags)
    {
        var barring = flags.Where(f => (FlagKinds.Bit(f.Flag.Kind) & FlagKinds.PresumptionMask) != 0).ToList();
        if (barring.Count == 0)
            return new Presumption(false, [], [], "No upstream path holds North Korean labor at a production worksite or a facility in North Korea: the CAATSA §321(b) presumption does not arise on the data held.");
        var kinds = barring.Select(f => f.Flag.Kind).Distinct().Order().ToList();
        var nodes = barring.Select(f => f.Flag.Node).Distinct().ToList();
        var names = string.Join(", ", barring.Select(f => f.NodeName).Distinct());
        return new Presumption(true, kinds, nodes,
            $"Presumptively barred under CAATSA §321(b): {string.Join(" and ", kinds.Select(FlagKinds.Code))} upstream at {names}. The importer must rebut with clear and convincing evidence that no forced labor was used.");
    }

    // The breadth-first route from the root to the node, then onward upstream by the first supplier not on the path.
    private static IReadOnlyList<NodeId> Witness(Cone cone, int local)
    {
        var prefix = new List<int>();
        for (var x = local; x >= 0; x = cone.Parent[x]) prefix.Add(x);
        prefix.Reverse();
        var on = new HashSet<int>(prefix);
        var v = local;
        while (true)
        {
            var nextNode = -1;
            foreach (var u in cone.SuppliersOf(v))
                if (!on.Contains(u)) { nextNode = u; break; }
            if (nextNode < 0) break;
            prefix.Add(nextNode);
            on.Add(nextNode);
            v = nextNode;
        }
        return [.. prefix.Select(x => cone.Graph.IdOf(cone.Nodes[x]))];
    }
}
