using CsCheck;
using Traceability.Core.Exposure;
using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Core.Tests.Exposure;

/// <summary>The one-pass batch exposure agrees with one trace per product.</summary>
public sealed class ExposureEngineTests
{
    internal static void AssertAgreesWithTraces(RiskIndex risk, TraceOptions? options = null)
    {
        var report = ExposureEngine.Compute(risk, null, options, CancellationToken.None);
        var products = Enumerable.Range(0, risk.Graph.NodeCount).Count(v => risk.Graph.KindOf(v) == NodeKind.Product);
        Assert.Equal(products, report.Products.Count);
        foreach (var p in report.Products)
        {
            var trace = TraceEngine.Trace(risk, p.Product, new PathQuery { Limit = 0 }, options, CancellationToken.None);
            var kinds = trace.Flags.Select(f => f.Flag.Kind).Distinct().Order().ToList();
            Assert.Equal(kinds, p.Kinds.Order().ToList());
            Assert.Equal(trace.Presumption.Applies, p.Presumption);
            Assert.Equal(trace.PathCount, p.Paths);
            Assert.Equal(trace.Flags.Count == 0 ? null : trace.Flags.Max(f => f.Flag.Severity), p.MaxSeverity);
        }
    }

    [Fact]
    public async Task Compute_SeedData_AgreesWithPerProductTraces()
    {
        var risk = await SeedGraph.RiskAsync();
        AssertAgreesWithTraces(risk);
    }

    [Fact]
    public void Compute_RandomGraphsWithCycles_AgreesWithPerProductTraces()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var rnd = new Random(seed);
            var t = new TestGraph();
            var n = rnd.Next(2, 12);
            var products = rnd.Next(1, 4);
            for (var p = 0; p < products; p++) t.Product($"p{p}");
            for (var i = 0; i < n; i++)
                t.Facility($"f{i}", rnd.Next(5) == 0 ? "mine" : rnd.Next(8) == 0 ? "port" : "factory", rnd.Next(7) == 0 ? "KP" : "VN");
            var seen = new HashSet<(int, int)>();
            for (var e = 0; e < n * 2; e++)
            {
                var a = rnd.Next(n);
                var b = rnd.Next(n);
                if (a != b && seen.Add((a, b))) t.Supplies($"f{a}", $"f{b}");
            }
            for (var p = 0; p < products; p++) t.Supplies($"f{rnd.Next(n)}", $"p{p}");
            // Budget small enough that some cycles fall back to lower bounds: both sides must still agree.
            AssertAgreesWithTraces(t.Risk(), new TraceOptions { CycleStateBudget = rnd.Next(2) == 0 ? 4 : 100_000 });
        }, iter: 1000);
    }

    [Fact]
    public void Compute_GeneratedNetwork_AgreesWithPerProductTraces()
    {
        using var dir = new Traceability.Tests.TempDirectory();
        new Traceability.Storage.Generation.NetworkGenerator(new Traceability.Storage.Generation.GeneratorOptions { Nodes = 3000, Seed = 7 }).Generate(dir.File("g"));
        var batch = new Traceability.Storage.Neo4j.Neo4jCsvReader(Schema.GraphSchema.Default).Read([dir.File("g")]);
        var builder = new SnapshotBuilder();
        foreach (var (n, _) in batch.Nodes) builder.Add(n);
        foreach (var (e, _) in batch.Edges) builder.Add(e);
        var risk = RuleEngine.Evaluate(builder.Build(1), SeedGraph.Lists);

        AssertAgreesWithTraces(risk);
        var report = ExposureEngine.Compute(risk, null, null, CancellationToken.None);
        Assert.Contains(report.Products, p => p.Presumption);
        Assert.Contains(report.Products, p => p.Kinds.Count == 0 || !p.Presumption);
    }

    [Fact]
    public async Task Compute_ByImporter_ListsOnlyItsProducts()
    {
        var risk = await SeedGraph.RiskAsync();
        var g = risk.Graph;
        var importer = Enumerable.Range(0, g.NodeCount).First(v => g.Outgoing(v, RelKind.Imports).Count > 1);
        var expected = g.Outgoing(importer, RelKind.Imports).Select(x => g.IdOf(x.Node)).Order().ToList();

        var report = ExposureEngine.Compute(risk, g.IdOf(importer), null, CancellationToken.None);

        Assert.Equal(expected, report.Products.Select(p => p.Product).Order().ToList());
        Assert.All(report.Products, p => Assert.Contains(g.IdOf(importer), p.Importers));
    }

    [Fact]
    public async Task Compute_RanksBarredFirst_ThenBySeverity()
    {
        var report = ExposureEngine.Compute(await SeedGraph.RiskAsync(), null, null, CancellationToken.None);
        var keys = report.Products.Select(p => (p.Presumption ? 1 : 0, (int)(p.MaxSeverity ?? 0))).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.Item1).ThenByDescending(k => k.Item2).ToList(), keys);
    }

    [Fact]
    public void Diff_ReportsNewlyExposedClearedAndChanged()
    {
        var before = new TestGraph().Product("a").Product("b").Product("c")
            .Facility("ma", "mine", "AU").Facility("mb", "mine", "KP").Facility("mc", "factory")
            .Supplies("ma", "a").Supplies("mb", "b").Supplies("mc", "c");
        var old = ExposureEngine.Compute(before.Risk(), null, null, CancellationToken.None)
            .Products.ToDictionary(p => p.Product, p => (p.Presumption, (IReadOnlySet<FlagKind>)p.Kinds.ToHashSet()));
        var after = new TestGraph().Product("a").Product("b").Product("c")
            .Facility("ma", "mine", "KP").Facility("mb", "mine", "AU").Facility("mc", "factory", "KP")
            .Supplies("ma", "a").Supplies("mb", "b").Supplies("mc", "c");

        var diff = ExposureDiff.Compare(old, ExposureEngine.Compute(after.Risk(), null, null, CancellationToken.None));

        Assert.Equal([new NodeId("a")], diff.NewlyExposed);
        Assert.Equal([new NodeId("b")], diff.Cleared);
        var change = Assert.Single(diff.Changed);
        Assert.Equal(new NodeId("c"), change.Product);
        Assert.Equal([FlagKind.DprkLocation], change.Gained);
        Assert.Equal([new NodeId("a"), new NodeId("c")], diff.NewlyBarred);
    }
}
