using CsCheck;
using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Core.Tests.Tracing;

/// <summary>Path counts, paths through each node and paginated enumeration against brute-force enumeration on random graphs with cycles.</summary>
public sealed class PathCountingPropertyTests
{
    /// <summary>A random supply graph: a product, facilities wired at random (cycles included), some mines.</summary>
    private static GraphSnapshot RandomGraph(int seed)
    {
        var rnd = new Random(seed);
        var n = rnd.Next(2, 10);
        var t = new TestGraph().Product("p");
        for (var i = 0; i < n; i++)
            t.Facility($"f{i}", rnd.Next(5) == 0 ? "mine" : "factory", country: rnd.Next(6) == 0 ? "KP" : "VN");
        var edges = new HashSet<(int, int)>();
        var m = rnd.Next(n, n * 3);
        for (var e = 0; e < m; e++)
        {
            var a = rnd.Next(n);
            var b = rnd.Next(n + 1);
            if (a == b || !edges.Add((a, b))) continue;
            if (b == n) t.Supplies($"f{a}", "p");
            else t.Supplies($"f{a}", $"f{b}");
        }
        if (!edges.Any(x => x.Item2 == n)) t.Supplies("f0", "p");
        return t.Build();
    }

    private static RiskIndex Risk(GraphSnapshot g) => RuleEngine.Evaluate(g, ReferenceLists.Empty);

    [Fact]
    public void Count_RandomGraphsWithCycles_EqualsBruteForce()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var g = RandomGraph(seed);
            var root = g.Find("p")!.Value;
            var paths = BruteForce.Paths(g, root);
            var through = BruteForce.Through(paths);
            var trace = TraceEngine.Trace(Risk(g), new NodeId("p"), new PathQuery { Limit = 0 }, null, CancellationToken.None);

            Assert.True(trace.PathCount.Exact);
            Assert.Equal(paths.Count, (int)trace.PathCount.Value);
            foreach (var f in trace.Flags)
                Assert.Equal(through[g.Find(f.Flag.Node.Value)!.Value], f.PathsThrough.Value);
            foreach (var o in trace.Origins.Concat(trace.Untraced))
                Assert.Equal(through[g.Find(o.Id.Value)!.Value], o.PathsThrough.Value);
        }, iter: 2000);
    }

    [Fact]
    public void PathsThroughEveryConeNode_RandomGraphs_EqualsBruteForce()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var g = RandomGraph(seed);
            var root = g.Find("p")!.Value;
            var brute = BruteForce.Through(BruteForce.Paths(g, root));
            using var cone = ConeFor(g, root);
            var counts = PathCounterFor(cone);
            for (var l = 0; l < cone.Count; l++)
                Assert.Equal(brute.GetValueOrDefault(cone.Nodes[l]), counts.Through[l]);
        }, iter: 2000);
    }

    [Fact]
    public void AcyclicFastPath_EqualsTheGeneralCount_AndStepsAsideForCycles()
    {
        var (acyclic, cyclic) = (0, 0);
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var g = RandomGraph(seed);
            using var cone = ConeFor(g, g.Find("p")!.Value);
            var cc = GlobalCounts.For(g, 10_000_000, CancellationToken.None).Counter;
            var general = PathCounter.CountGeneral(cone, cc, CancellationToken.None);
            var fast = PathCounter.CountAcyclic(cone, cc);
            if (general.CyclicComponents > 0)
            {
                Assert.Null(fast);
                cyclic++;
                return;
            }
            Assert.NotNull(fast);
            acyclic++;
            Assert.Equal((general.Total, general.Exact, general.CyclicComponents), (fast.Total, fast.Exact, fast.CyclicComponents));
            Assert.Equal(general.Through, fast.Through);
        }, iter: 2000, threads: 1);
        Assert.True(acyclic > 100 && cyclic > 100, $"{acyclic} acyclic and {cyclic} cyclic cones: both paths need exercising");
    }

    [Fact]
    public void Count_CycleBudgetExhausted_GivesInexactLowerBounds()
    {
        var inexact = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var g = RandomGraph(seed);
            var root = g.Find("p")!.Value;
            var paths = BruteForce.Paths(g, root);
            var brute = BruteForce.Through(paths);
            using var cone = ConeFor(g, root);
            var counts = PathCounter.Count(cone, stateBudget: 3, CancellationToken.None);
            if (counts.Exact) return;
            inexact++;
            Assert.InRange(counts.Total, 1, paths.Count);
            for (var l = 0; l < cone.Count; l++)
                Assert.InRange(counts.Through[l], 1, brute.GetValueOrDefault(cone.Nodes[l]));
        }, iter: 2000, threads: 1);
        Assert.True(inexact > 50, $"only {inexact} graphs exhausted the budget");
    }

    [Fact]
    public void Pages_Concatenated_EqualOneFullEnumeration_WithoutDuplicates()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 4]).Sample((seed, limit) =>
        {
            var g = RandomGraph(seed);
            var risk = Risk(g);
            var root = g.Find("p")!.Value;
            var expected = BruteForce.Paths(g, root).Select(p => string.Join(">", p.Select(v => g.IdOf(v).Value))).ToList();

            var full = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = 10_000 }, null, CancellationToken.None).Paths;
            var all = full.Paths.Select(Key).ToList();
            Assert.Null(full.NextCursor);
            Assert.Equal(expected.Order(), all.Order());

            var paged = new List<string>();
            string? cursor = null;
            var pages = 0;
            do
            {
                var page = TraceEngine.Trace(risk, new NodeId("p"), new PathQuery { Limit = limit, Cursor = cursor }, null, CancellationToken.None).Paths;
                Assert.True(page.Paths.Count <= limit);
                paged.AddRange(page.Paths.Select(Key));
                cursor = page.NextCursor;
                Assert.True(++pages <= all.Count + 2, "pagination does not terminate");
            } while (cursor is not null);
            Assert.Equal(all, paged);
            Assert.Equal(paged.Count, paged.Distinct().Count());
        }, iter: 1000);
    }

    [Fact]
    public void FilteredPages_ThroughNodeAndFlagKind_EqualFilteredBruteForce()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 3]).Sample((seed, limit) =>
        {
            var g = RandomGraph(seed);
            var risk = Risk(g);
            var root = g.Find("p")!.Value;
            var brute = BruteForce.Paths(g, root);
            var target = brute.SelectMany(p => p).Max();
            var throughExpected = brute.Where(p => p.Contains(target)).Select(p => string.Join(">", p.Select(v => g.IdOf(v).Value))).ToList();
            var kpExpected = brute.Where(p => p.Any(v => (risk.MaskOf(v) & FlagKinds.Bit(FlagKind.DprkLocation)) != 0))
                .Select(p => string.Join(">", p.Select(v => g.IdOf(v).Value))).ToList();

            Assert.Equal(throughExpected.Order(), All(risk, new PathQuery { Limit = limit, Through = g.IdOf(target) }).Order());
            Assert.Equal(kpExpected.Order(), All(risk, new PathQuery { Limit = limit, Kind = FlagKind.DprkLocation }).Order());
        }, iter: 500);
    }

    private static List<string> All(RiskIndex risk, PathQuery q)
    {
        var list = new List<string>();
        string? cursor = null;
        do
        {
            var page = TraceEngine.Trace(risk, new NodeId("p"), q with { Cursor = cursor }, null, CancellationToken.None).Paths;
            list.AddRange(page.Paths.Select(Key));
            cursor = page.NextCursor;
        } while (cursor is not null);
        return list;
    }

    private static string Key(TracePath p) => string.Join(">", p.Nodes.Select(n => n.Value));

    private static Cone ConeFor(GraphSnapshot g, int root) => Cone.Build(g, root);

    private static PathCounts PathCounterFor(Cone cone) => PathCounter.Count(cone, 10_000_000, CancellationToken.None);
}
