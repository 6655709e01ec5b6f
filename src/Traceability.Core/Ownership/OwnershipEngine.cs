using Traceability.Core.Graph;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Ownership;

/// <summary>
/// OFAC's 50 Percent Rule as a fixpoint over OWNS: an entity is blocked when blocked persons own 50% or more of it
/// in the aggregate. Stakes count only from owners that are themselves blocked, and then in full (not multiplied
/// down the chain): X blocked owns 50% of A, so A is blocked; A's 40% of B plus X's 10% of B make 50%, so B is blocked.
/// Undisclosed stakes never block; they and stakes below 50% are cautions (FAQ 398).
/// </summary>
public static class OwnershipEngine
{
    private const double Threshold = 50.0;
    private const double Epsilon = 1e-9;

    /// <summary>Computes the verdict for every entity reachable by OWNS from the seeds.</summary>
    public static OwnershipResult Compute(GraphSnapshot g, IEnumerable<SanctionSeed> seeds)
    {
        var reason = new BlockReason[g.NodeCount];
        var entries = new Dictionary<int, List<string>>();
        var sum = new double[g.NodeCount];
        var stakes = new Dictionary<int, List<(int Owner, double Percent)>>();
        var queue = new Queue<int>();
        foreach (var seed in seeds)
        {
            if (!seed.Blocking || !g.TryGetIndex(seed.Node, out var v)) continue;
            var r = seed.Source == OwnershipResult.OutrightSource ? BlockReason.Outright : BlockReason.Listed;
            if (!entries.TryGetValue(v, out var list)) entries[v] = list = [];
            list.Add(seed.Source is "recorded on node" or OwnershipResult.OutrightSource ? seed.Entry : $"{seed.Entry}: {seed.Source}");
            if (reason[v] == BlockReason.None) queue.Enqueue(v);
            if (reason[v] is BlockReason.None or BlockReason.Listed) reason[v] = r == BlockReason.Outright ? r : BlockReason.Listed;
        }
        while (queue.Count > 0)
        {
            var owner = queue.Dequeue();
            var outs = g.Out.Of(owner);
            var edges = g.Out.EdgesOf(owner);
            for (var i = 0; i < outs.Length; i++)
            {
                var e = edges[i];
                if (g.EdgeKinds[e] != RelKind.Owns) continue;
                var asset = outs[i];
                var pct = g.EdgePercent[e];
                if (!stakes.TryGetValue(asset, out var list)) stakes[asset] = list = [];
                list.Add((owner, pct));
                if (double.IsNaN(pct) || reason[asset] != BlockReason.None) continue;
                sum[asset] += pct;
                if (sum[asset] >= Threshold - Epsilon)
                {
                    reason[asset] = BlockReason.Ownership;
                    queue.Enqueue(asset);
                }
            }
        }
        var statuses = new Dictionary<int, OwnershipStatus>();
        foreach (var v in stakes.Keys.Concat(entries.Keys).Distinct())
        {
            var own = stakes.TryGetValue(v, out var s)
                ? s.OrderBy(x => x.Owner).Select(x => new OwnershipStake(g.IdOf(x.Owner), double.IsNaN(x.Percent) ? null : x.Percent)).ToList()
                : [];
            var total = own.Sum(x => x.Percent ?? 0);
            statuses[v] = new OwnershipStatus(g.IdOf(v), reason[v], total, own,
                entries.TryGetValue(v, out var en) ? en.Distinct().Order(StringComparer.Ordinal).ToList() : []);
        }
        return new OwnershipResult(g, statuses);
    }
}
