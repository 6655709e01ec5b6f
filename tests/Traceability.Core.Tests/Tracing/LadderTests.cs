using System.Diagnostics;
using System.Numerics;
using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Core.Tests.Tracing;

public sealed class LadderTests
{
    /// <summary>64 stages of 2 parallel facilities, each feeding both of the next stage: 2^64 paths.</summary>
    private static RiskIndex Ladder(int stages)
    {
        var t = new TestGraph().Product("p");
        for (var s = 0; s < stages; s++)
        {
            t.Facility($"s{s:D2}a", s == 0 ? "mine" : "factory");
            t.Facility($"s{s:D2}b", s == 0 ? "mine" : "factory");
        }
        for (var s = 0; s + 1 < stages; s++)
            foreach (var x in "ab")
                foreach (var y in "ab")
                    t.Supplies($"s{s:D2}{x}", $"s{s + 1:D2}{y}");
        t.Supplies($"s{stages - 1:D2}a", "p").Supplies($"s{stages - 1:D2}b", "p");
        return RuleEngine.Evaluate(t.Build(), ReferenceLists.Empty);
    }

    [Fact]
    public void Trace_Ladder64_CountsTwoToThe64Exactly_AndEnumeratesOnlyThePage()
    {
        var risk = Ladder(64);
        var clock = Stopwatch.StartNew();

        var trace = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = 10 }, null, CancellationToken.None);

        clock.Stop();
        Assert.Equal(BigInteger.Pow(2, 64), trace.PathCount.Value);
        Assert.True(trace.PathCount.Exact);
        Assert.Equal(10, trace.Paths.Paths.Count);
        Assert.NotNull(trace.Paths.NextCursor);
        Assert.False(trace.Paths.Truncated);
        Assert.True(trace.Paths.Steps < 64 * 10 * 2, $"{trace.Paths.Steps} search steps for 10 paths");
        Assert.All(trace.Paths.Paths, p => Assert.Equal(65, p.Nodes.Count));
        var mine = trace.Origins.Single(o => o.Id.Value == "s00a");
        Assert.Equal(BigInteger.Pow(2, 63), mine.PathsThrough.Value);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Trace_Ladder64_SecondPageContinuesWhereFirstStopped()
    {
        var risk = Ladder(64);
        var first = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = 3 }, null, CancellationToken.None).Paths;
        var second = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = 3, Cursor = first.NextCursor }, null, CancellationToken.None).Paths;
        var both = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = 6 }, null, CancellationToken.None).Paths;

        Assert.Equal(both.Paths.Select(p => string.Join(">", p.Nodes)), first.Paths.Concat(second.Paths).Select(p => string.Join(">", p.Nodes)));
    }
}
