using Traceability.Core.Ownership;
using Traceability.Core.Reference;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>Runs every rule over a snapshot and indexes the flags by node.</summary>
public static class RuleEngine
{
    /// <summary>The rules, one class each, in the order of DESIGN.md section 3.</summary>
    public static IReadOnlyList<IFlagRule> Rules { get; } =
    [
        new NkLaborRule(),
        new DprkLocationRule(),
        new NkTransportFlagRule(),
        new NkTransportWorkforceRule(),
        new SanctionedRule(),
        new SanctionedOwnershipRule(),
        new SanctionedLinkRule(),
        new DolListedRule(),
        new HighRiskHostRule(),
        new UntracedRule(),
    ];

    /// <summary>Evaluates the rules with seeds from the graph (recorded list ids, outright blocked parties) plus <paramref name="extraSeeds"/>.</summary>
    public static RiskIndex Evaluate(GraphSnapshot graph, ReferenceLists lists, IEnumerable<SanctionSeed>? extraSeeds = null,
        RuleOptions? options = null, string seedsVersion = "graph")
    {
        options ??= RuleOptions.Default;
        var seeds = SanctionSeeds.FromGraph(graph).Concat(extraSeeds ?? []).ToList();
        var ownership = OwnershipEngine.Compute(graph, seeds);
        var byNode = seeds.Where(s => graph.TryGetIndex(s.Node, out _)).ToLookup(s => graph.Find(s.Node.Value)!.Value);
        var context = new RuleContext(graph, lists, byNode, ownership, options.CautionPercent);
        var lists2 = new List<Flag>?[graph.NodeCount];
        foreach (var rule in Rules)
            foreach (var (node, flag) in rule.Evaluate(context))
                (lists2[node] ??= []).Add(flag);
        var flags = new Flag[graph.NodeCount][];
        var masks = new int[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (lists2[v] is not { } list) { flags[v] = []; continue; }
            flags[v] = [.. list.OrderByDescending(f => f.Severity).ThenBy(f => f.Kind).ThenBy(f => f.Rule, StringComparer.Ordinal)
                .ThenBy(f => f.Source?.Value, StringComparer.Ordinal).ThenBy(f => f.Explanation, StringComparer.Ordinal)];
            foreach (var f in list) masks[v] |= FlagKinds.Bit(f.Kind);
        }
        return new RiskIndex(graph, lists, ownership, flags, masks, seedsVersion);
    }
}
