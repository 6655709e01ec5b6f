using BenchmarkDotNet.Attributes;
using QuikGraph;
using QuikGraph.Algorithms.Search;
using Traceability.Cli.Bench;
using Traceability.Core.Snapshots;

namespace Traceability.Benchmarks;

/// <summary>
/// The traversal kernel (compressed rows of int, a bool array and an int queue) against QuikGraph's
/// BidirectionalGraph with its BreadthFirstSearchAlgorithm: one breadth-first pass over every SUPPLIES edge.
/// </summary>
[MemoryDiagnoser]
public class TraversalBenchmarks
{
    private Adjacency _suppliers = null!;
    private BidirectionalGraph<int, SEquatableEdge<int>> _quik = null!;
    private bool[] _visited = [];
    private int[] _queue = [];

    [Params(10_000, 100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var g = Networks.Of(Nodes);
        _suppliers = g.Suppliers;
        _quik = new BidirectionalGraph<int, SEquatableEdge<int>>(allowParallelEdges: false, vertexCapacity: g.NodeCount, edgeCapacity: -1);
        for (var v = 0; v < g.NodeCount; v++) _quik.AddVertex(v);
        for (var v = 0; v < g.NodeCount; v++)
            foreach (var u in _suppliers.Of(v)) _quik.AddEdge(new SEquatableEdge<int>(v, u));
        _visited = new bool[g.NodeCount];
        _queue = new int[g.NodeCount];
    }

    [Benchmark(Baseline = true)]
    public void QuikGraphBreadthFirst() => new BreadthFirstSearchAlgorithm<int, SEquatableEdge<int>>(_quik).Compute();

    [Benchmark]
    public long KernelBreadthFirst() => KernelWorkload.Kernel(_suppliers, _visited, _queue);
}
