using System.Diagnostics;
using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Core.Tests.Tracing;

/// <summary>
/// A trace of a long chain of flagged facilities stays bounded: paths stop at the depth cap, witnesses keep both ends of
/// their route, the verdict names a few nodes and counts the rest. Before the caps a 20,000-node chain in North Korea
/// gave 20,000 witnesses of up to 20,000 ids each (200 million ids) and a verdict naming every node.
/// </summary>
public sealed class BoundedTraceTests
{
    private const int Length = 20_000;

    private static RiskIndex FlaggedChain()
    {
        var t = new TestGraph().Product("p");
        for (var i = 1; i <= Length; i++) t.Facility($"f{i:D6}", i == Length ? "mine" : "factory", "KP");
        t.Supplies("f000001", "p");
        for (var i = 1; i < Length; i++) t.Supplies($"f{i + 1:D6}", $"f{i:D6}");
        return RuleEngine.Evaluate(t.Build(), ReferenceLists.Empty);
    }

    [Fact]
    public void Trace_LongFlaggedChain_CutsPathsAtTheDepthCap_AndBoundsEveryWitness()
    {
        var risk = FlaggedChain();
        var clock = Stopwatch.StartNew();

        var trace = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = 5 }, null, CancellationToken.None);

        Assert.Equal(1, trace.PathCount.Value);
        Assert.True(trace.PathCount.Exact);
        var path = Assert.Single(trace.Paths.Paths);
        Assert.Equal((PathQuery.DepthCap + 1, PathEnd.Cut), (path.Nodes.Count, path.End));
        Assert.True(trace.Paths.Truncated);
        Assert.Equal("depth", trace.Paths.TruncatedBy);
        Assert.Equal(Length, trace.Flags.Count);
        var witnessed = 0L;
        foreach (var f in trace.Flags.Take(1000).Concat(trace.Flags.TakeLast(10)))
        {
            Assert.True(f.Witness.Count <= 200, $"{f.Flag.Node}: {f.Witness.Count} ids");
            Assert.Contains(f.Flag.Node, f.Witness);
            Assert.Equal(new NodeId("p"), f.Witness[0]);
            Assert.Equal(Math.Max(0, f.Tier + 1 - 100), f.WitnessOmitted);
            Assert.Equal(f.Witness.Count, f.Witness.Distinct().Count());
            witnessed += f.Witness.Count;
        }
        var deepest = trace.Flags.Single(f => f.Flag.Node.Value == $"f{Length:D6}" && f.Flag.Kind == FlagKind.DprkLocation);
        Assert.Equal(Length - 100 + 1, deepest.WitnessOmitted);
        Assert.Equal(new NodeId($"f{Length - 49:D6}"), deepest.Witness[50]);
        Assert.True(trace.Presumption.Reason.Length < 2000, $"{trace.Presumption.Reason.Length} characters of verdict");
        Assert.Contains($"and {Length - 20} more", trace.Presumption.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Trace_WitnessOfANearbyFlag_IsTheWholeRouteThenOnwardWithinTheCap()
    {
        var risk = FlaggedChain();

        var trace = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = 0 }, null, CancellationToken.None);

        var near = trace.Flags.First(f => f.Flag.Node.Value == "f000003");
        Assert.Equal(0, near.WitnessOmitted);
        Assert.Equal(["p", "f000001", "f000002", "f000003", "f000004"], near.Witness.Take(5).Select(n => n.Value));
        Assert.Equal(4 + 100, near.Witness.Count);
    }

    [Fact]
    public void Trace_MaxDepthAboveTheCap_IsCutAtTheCap()
    {
        var risk = FlaggedChain();

        var page = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = 1, MaxDepth = 50_000 }, null, CancellationToken.None).Paths;

        Assert.Equal(PathQuery.DepthCap + 1, Assert.Single(page.Paths).Nodes.Count);
        Assert.Equal("depth", page.TruncatedBy);
    }

    [Fact]
    public void Trace_AThousandDeepWitnesses_CostNoMoreThanShallowOnes()
    {
        // 100,000 links, every 100th in North Korea: 1000 flags at tiers 100 to 100,000. Walking each whole route used to
        // allocate the sum of their depths (50 million ints).
        const int length = 100_000;
        var t = new TestGraph().Product("p");
        for (var i = 1; i <= length; i++) t.Facility($"f{i:D6}", i == length ? "mine" : "factory", i % 100 == 0 ? "KP" : "VN");
        t.Supplies("f000001", "p");
        for (var i = 1; i < length; i++) t.Supplies($"f{i + 1:D6}", $"f{i:D6}");
        var risk = RuleEngine.Evaluate(t.Build(), ReferenceLists.Empty);
        var trace = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = 0 }, null, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var ids = trace.Flags.Sum(f => f.Witness.Count);

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.Equal(1000, trace.Flags.Count);
        Assert.True(ids <= 1000 * WitnessPath.MaxNodes);
        Assert.True(allocated < 64 << 20, $"{allocated / (1 << 20)} MB allocated for 1000 witnesses");
    }
}
