namespace Traceability.Core.Snapshots;

/// <summary>
/// Compressed sparse rows: the neighbors of node v are <c>Targets[Offsets[v]..Offsets[v+1]]</c>, sorted by
/// node index (which is id order), with the edge index of each beside it. Plain arrays rather than
/// QuikGraph's object graph: 8 bytes per edge and direction instead of a heap object per edge
/// (see docs/benchmarks.md for the measured difference).
/// </summary>
public sealed class Adjacency
{
    private Adjacency(int[] offsets, int[] targets, int[] edges)
    {
        Offsets = offsets;
        Targets = targets;
        Edges = edges;
    }

    /// <summary>Row starts, length node count + 1.</summary>
    public int[] Offsets { get; }

    /// <summary>Neighbor node indexes.</summary>
    public int[] Targets { get; }

    /// <summary>Edge index of each neighbor entry.</summary>
    public int[] Edges { get; }

    /// <summary>Neighbors of <paramref name="node"/>.</summary>
    public ReadOnlySpan<int> Of(int node) => Targets.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]);

    /// <summary>Edge indexes parallel to <see cref="Of"/>.</summary>
    public ReadOnlySpan<int> EdgesOf(int node) => Edges.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]);

    /// <summary>Number of neighbors.</summary>
    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    /// <summary>Builds rows from edge lists: for each selected edge e, row <c>rows[e]</c> gets neighbor <c>cols[e]</c>.</summary>
    public static Adjacency Build(int nodeCount, int[] rows, int[] cols, Func<int, bool>? select = null)
    {
        var offsets = new int[nodeCount + 1];
        var n = 0;
        for (var e = 0; e < rows.Length; e++)
        {
            if (select is not null && !select(e)) continue;
            offsets[rows[e] + 1]++;
            n++;
        }
        for (var i = 0; i < nodeCount; i++) offsets[i + 1] += offsets[i];
        var targets = new int[n];
        var edges = new int[n];
        var fill = (int[])offsets.Clone();
        for (var e = 0; e < rows.Length; e++)
        {
            if (select is not null && !select(e)) continue;
            var at = fill[rows[e]]++;
            targets[at] = cols[e];
            edges[at] = e;
        }
        for (var v = 0; v < nodeCount; v++)
        {
            var len = offsets[v + 1] - offsets[v];
            if (len > 1) Array.Sort(targets, edges, offsets[v], len);
        }
        return new Adjacency(offsets, targets, edges);
    }

    /// <summary>Bytes held by the arrays.</summary>
    public long Bytes => 4L * (Offsets.Length + Targets.Length + Edges.Length);
}
