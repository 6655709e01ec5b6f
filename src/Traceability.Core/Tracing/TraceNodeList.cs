using System.Collections;
using System.Numerics;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Tracing;

/// <summary>
/// Origins or untraced ends of a trace, held as snapshot indexes with their tier and path count, put in order (by the
/// sort keys given) and made into <see cref="TraceNode"/>s only when an item is read. A large cone has thousands of ends
/// while a response lists at most a thousand and a summary only counts them: making and sorting every node up front was
/// a third of a trace's time.
/// </summary>
internal sealed class TraceNodeList(GraphSnapshot graph, long[] keys, int[] nodes, int[] tiers, BigInteger[] through, bool exact, string[] labels)
    : IReadOnlyList<TraceNode>
{
    private readonly Lock _gate = new();
    private int[]? _order;

    public int Count => nodes.Length;

    public TraceNode this[int index]
    {
        get
        {
            var i = Order()[index];
            var v = nodes[i];
            var a = graph.AttributesOf(v);
            return new TraceNode(graph.IdOf(v), graph.NameOf(v), labels[(int)graph.KindOf(v)], tiers[i], a.Country, a.FacilityType ?? a.Mode,
                new PathCount(through[i], exact));
        }
    }

    public IEnumerator<TraceNode> GetEnumerator()
    {
        for (var i = 0; i < nodes.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int[] Order()
    {
        if (Volatile.Read(ref _order) is { } done) return done;
        lock (_gate)
        {
            if (_order is not null) return _order;
            var order = new int[keys.Length];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort((long[])keys.Clone(), order);
            Volatile.Write(ref _order, order);
            return order;
        }
    }
}
