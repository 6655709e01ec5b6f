using BenchmarkDotNet.Attributes;
using Traceability.Cli.Bench;
using Traceability.Core.Screening;

namespace Traceability.Benchmarks;

/// <summary>
/// Screening one name against 20,000 list entries: the blocking index against a Jaro-Winkler scan of every listed
/// name with the same scorer (50 queries per operation: about 30% are variants of listed names).
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private ScreeningIndex _index = null!;
    private List<ScreeningQuery> _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        var (list, queries) = ScreeningWorkload.Generate(20_000, 50, seed: 11);
        _index = ScreeningIndex.Build(list);
        _queries = queries;
    }

    [Benchmark(Baseline = true)]
    public int FullScan() => _queries.Sum(q => _index.ScreenAll(q, ScreeningDefaults.Threshold).Count);

    [Benchmark]
    public int BlockingIndex() => _queries.Sum(q => _index.Screen(q, ScreeningDefaults.Threshold).Count);
}
