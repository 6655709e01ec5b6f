using Traceability.Core.Ownership;

namespace Traceability.Cli.Bench;

/// <summary>Workload 6: the OFAC 50 Percent Rule over the whole ownership graph.</summary>
internal static class OwnershipWorkload
{
    public static IEnumerable<BenchResult> Run(BenchData data, int runs, CancellationToken ct)
    {
        var g = data.Graph;
        var seeds = SanctionSeeds.FromGraph(g).ToList();
        var owns = g.EdgeKinds.Count(k => k == Core.Snapshots.RelKind.Owns);
        OwnershipResult? result = null;
        var times = Measure.Interleaved(runs, ct, () => result = OwnershipEngine.Compute(g, seeds));
        yield return new BenchResult("OFAC 50% rule, whole graph", data.Size, "fixpoint over OWNS", times[0], "", double.NaN, "ms", double.NaN,
            "a figure and its growth", null, $"{owns:N0} OWNS edges, {seeds.Count} listed seeds, {result!.BlockedCount:N0} blocked");
    }
}
