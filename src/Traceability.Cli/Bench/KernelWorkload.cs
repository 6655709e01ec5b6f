using QuikGraph;
using QuikGraph.Algorithms.Search;
using Traceability.Core.Snapshots;

namespace Traceability.Cli.Bench;

/// <summary>
/// Workload 2: a full traversal of every SUPPLIES edge upstream, our compressed-row kernel against QuikGraph's
/// BidirectionalGraph with its BreadthFirstSearchAlgorithm on the same edges; edges per second and bytes per edge.
/// </summary>
internal static class KernelWorkload
{
    public static IEnumerable<BenchResult> Run(BenchData data, int runs, CancellationToken ct)
    {
        var g = data.Graph;
        var n = g.NodeCount;
        var sup = g.Suppliers;
        var edges = sup.Targets.Length;
        var kernelBytes = 4L * (sup.Offsets.Length + sup.Targets.Length);
        var qgBytes = Measure.RetainedBytes(() =>
        {
            var graph = new BidirectionalGraph<int, SEquatableEdge<int>>(allowParallelEdges: false, vertexCapacity: n, edgeCapacity: -1);
            for (var v = 0; v < n; v++) graph.AddVertex(v);
            for (var v = 0; v < n; v++)
                foreach (var u in sup.Of(v)) graph.AddEdge(new SEquatableEdge<int>(v, u));
            return graph;
        }, out var quik);
        var visited = new bool[n];
        var queue = new int[n];
        long scanned = 0;
        var times = Measure.Interleaved(runs, ct,
            () => scanned = Kernel(sup, visited, queue),
            () =>
            {
                var bfs = new BreadthFirstSearchAlgorithm<int, SEquatableEdge<int>>(quik);
                bfs.Compute();
            });
        var ours = edges / (times[0] / 1000);
        var theirs = edges / (times[1] / 1000);
        yield return new BenchResult("kernel: full upstream traversal", data.Size, "CSR breadth-first", ours, "QuikGraph BFS", theirs,
            "edges/s", ours / theirs, ">= 10x", ours / theirs >= 10, $"{edges:N0} edges, {scanned:N0} scanned; {times[0]:F1} ms vs {times[1]:F1} ms");
        var ourPerEdge = (double)kernelBytes / edges;
        var theirPerEdge = (double)qgBytes / edges;
        yield return new BenchResult("kernel: memory", data.Size, "CSR", ourPerEdge, "QuikGraph BidirectionalGraph", theirPerEdge,
            "bytes/edge", theirPerEdge / ourPerEdge, "<= 1/5 of QuikGraph", ourPerEdge * 5 <= theirPerEdge, $"{kernelBytes / 1e6:F1} MB vs {qgBytes / 1e6:F1} MB");
    }

    // Breadth-first over every node, each edge scanned once.
    internal static long Kernel(Adjacency sup, bool[] visited, int[] queue)
    {
        Array.Clear(visited);
        long scanned = 0;
        var offsets = sup.Offsets;
        var targets = sup.Targets;
        for (var s = 0; s < visited.Length; s++)
        {
            if (visited[s]) continue;
            visited[s] = true;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail)
            {
                var v = queue[head++];
                for (var i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    scanned++;
                    var u = targets[i];
                    if (!visited[u]) { visited[u] = true; queue[tail++] = u; }
                }
            }
        }
        return scanned;
    }
}
