using System.Runtime.CompilerServices;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Tracing;

/// <summary>
/// The traced graph of a snapshot (SUPPLIES backwards, nothing beyond origins, no self-loops) with its path counts,
/// computed once per snapshot and budget on first use and shared by every trace and exposure run on that snapshot:
/// a trace then costs its cone, never the whole graph.
/// </summary>
internal sealed class GlobalCounts
{
    private static readonly ConditionalWeakTable<GraphSnapshot, Dictionary<long, Task<GlobalCounts>>> Cache = [];

    private GlobalCounts(GraphSnapshot graph, long budget)
    {
        var (off, adj) = TracedRows(graph);
        Off = off;
        Adj = adj;
        Counter = new ContinuationCounter(graph.NodeCount, off, adj, budget, CancellationToken.None);
    }

    public int[] Off { get; }

    public int[] Adj { get; }

    public ContinuationCounter Counter { get; }

    /// <summary>The counts of <paramref name="graph"/>; the first caller computes them, others wait (or stop waiting when cancelled).</summary>
    public static GlobalCounts For(GraphSnapshot graph, long budget, CancellationToken ct)
    {
        Task<GlobalCounts> task;
        var perBudget = Cache.GetValue(graph, _ => []);
        lock (perBudget)
        {
            if (!perBudget.TryGetValue(budget, out task!))
                perBudget[budget] = task = Task.Run(() => new GlobalCounts(graph, budget), CancellationToken.None);
        }
        task.Wait(ct);
        return task.Result;
    }

    /// <summary>The counts computed afresh, bypassing the cache: what the first run on a snapshot pays (benchmarks).</summary>
    public static GlobalCounts ComputeUncached(GraphSnapshot graph, long budget) => new(graph, budget);

    private static (int[] Off, int[] Adj) TracedRows(GraphSnapshot g)
    {
        var n = g.NodeCount;
        var off = new int[n + 1];
        var sup = g.Suppliers;
        for (var v = 0; v < n; v++)
        {
            var d = 0;
            if (!g.IsOrigin[v])
                foreach (var u in sup.Of(v)) if (u != v) d++;
            off[v + 1] = off[v] + d;
        }
        var adj = new int[off[n]];
        for (var v = 0; v < n; v++)
        {
            if (g.IsOrigin[v]) continue;
            var at = off[v];
            foreach (var u in sup.Of(v)) if (u != v) adj[at++] = u;
        }
        return (off, adj);
    }
}
