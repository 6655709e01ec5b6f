using System.Numerics;
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
        using var cone = Cone.Build(g, r);
        var counts = PathCounter.Count(cone, options.CycleStateBudget, cancellationToken);
        var page = new PathEnumerator(cone, risk, g.Version).Page(query, cancellationToken);

        PathCount Through(int local) => new(counts.Through[local], counts.Exact);
        var originKeys = new List<(long Key, int Local)>();
        var untracedKeys = new List<(long Key, int Local)>();
        var flagKeys = new List<long>();
        var flagItems = new List<TraceFlag>();
        var anchors = new Lazy<int[]>(() => WitnessPath.Anchors(cone));
        var maxTier = 0;
        foreach (var t in cone.Tier) maxTier = Math.Max(maxTier, t);
        var tiers = new int[maxTier + 1, 4];
        for (var l = 0; l < cone.Count; l++)
        {
            var v = cone.Nodes[l];
            var tier = cone.Tier[l];
            // Sort keys: tier, then global index (which is id order).
            if (cone.IsTerminal(l)) (g.IsOrigin[v] ? originKeys : untracedKeys).Add((((long)tier << 32) | (uint)v, l));
            var fs = risk.FlagsOf(v);
            tiers[tier, 0]++;
            if (g.KindOf(v) == NodeKind.Facility) tiers[tier, 1]++;
            else if (g.KindOf(v) == NodeKind.Transporter) tiers[tier, 2]++;
            if (fs.Count == 0) continue;
            tiers[tier, 3]++;
            var witness = new WitnessPath(cone, l, anchors);
            var name = g.NameOf(v);
            var through = Through(l);
            for (var i = 0; i < fs.Count; i++)
            {
                var f = fs[i];
                // Most severe first, then kind, tier, node id, and the flag's place on its node.
                flagKeys.Add(((long)(7 - (int)f.Severity) << 60) | ((long)f.Kind << 55) | ((long)Math.Min(tier, 2047) << 44) | ((long)v << 8) | (uint)Math.Min(i, 255));
                flagItems.Add(new TraceFlag(f, name, tier, through, witness));
            }
        }
        var order = flagKeys.ToArray();
        var items = flagItems.ToArray();
        Array.Sort(order, items);
        var ordered = items.ToList();
        TraceNodeList Nodes(List<(long Key, int Local)> keys)
        {
            var k = new long[keys.Count];
            var nodes = new int[keys.Count];
            var tierOf = new int[keys.Count];
            var through = new BigInteger[keys.Count];
            for (var i = 0; i < k.Length; i++)
            {
                var (key, local) = keys[i];
                k[i] = key;
                nodes[i] = cone.Nodes[local];
                tierOf[i] = cone.Tier[local];
                through[i] = counts.Through[local];
            }
            return new TraceNodeList(g, k, nodes, tierOf, through, counts.Exact, LabelNames);
        }
        return new TraceResult(g.IdOf(r), g.NameOf(r), LabelNames[(int)g.KindOf(r)], g.Version, $"{risk.Lists.Version}; seeds {risk.SeedsVersion}",
            new PathCount(counts.Total, counts.Exact), Verdict(ordered),
            Nodes(originKeys), Nodes(untracedKeys),
            [.. Enumerable.Range(0, maxTier + 1).Select(t => new TierSummary(t, tiers[t, 0], tiers[t, 1], tiers[t, 2], tiers[t, 3]))],
            ordered, cone.Count, cone.EdgeCount, counts.CyclicComponents, page);
    }

    /// <summary>Witness paths for one flagged node of a trace: up to <paramref name="limit"/> paths through it.</summary>
    public static PathPage Witnesses(RiskIndex risk, NodeId root, NodeId node, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var g = risk.Graph;
        var r = Resolve(g, root);
        using var cone = Cone.Build(g, r);
        var query = new PathQuery { Through = node, Limit = limit, Cursor = cursor };
        Validate(g, query);
        return new PathEnumerator(cone, risk, g.Version).Page(query, cancellationToken);
    }

    private static readonly string[] LabelNames = Enum.GetNames<NodeKind>();

    private const int MaxNamed = 20;

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
        // A graph may hold a million barring nodes; the reason names the first few and counts the rest.
        var distinct = barring.Select(f => f.NodeName).Distinct().ToList();
        var names = string.Join(", ", distinct.Take(MaxNamed)) + (distinct.Count > MaxNamed ? $" and {distinct.Count - MaxNamed} more" : "");
        return new Presumption(true, kinds, nodes,
            $"Presumptively barred under CAATSA §321(b): {string.Join(" and ", kinds.Select(FlagKinds.Code))} upstream at {names}. The importer must rebut with clear and convincing evidence that no forced labor was used.");
    }
}
