using BenchmarkDotNet.Attributes;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Benchmarks;

/// <summary>
/// One product's trace end to end (cone, exact path count, flags with explanations, first 20 paths) against the bare
/// kernel on the same cone (cone and path count only): what the assembly of a result costs on top of the search.
/// </summary>
[MemoryDiagnoser]
public class TraceBenchmarks
{
    private RiskIndex _risk = null!;
    private int _product;

    [Params(100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var g = Networks.Of(Nodes);
        _risk = RuleEngine.Evaluate(g, ReferenceLists.Empty);
        // The product with the largest cone among the first thousand, for a figure that is not lost in call overhead.
        _product = Enumerable.Range(0, g.NodeCount).Where(v => g.KindOf(v) == NodeKind.Product).Take(1000)
            .MaxBy(v => { using var c = Cone.Build(g, v); return c.Count; });
    }

    [Benchmark(Baseline = true)]
    public object ConeAndPathCount()
    {
        using var cone = Cone.Build(_risk.Graph, _product);
        return PathCounter.Count(cone, 100_000, CancellationToken.None);
    }

    [Benchmark]
    public object EndToEndTrace() =>
        TraceEngine.Trace(_risk, _risk.Graph.IdOf(_product), new PathQuery { Limit = 20 }, null, CancellationToken.None);
}
