using System.Buffers;
using System.Numerics;

namespace Traceability.Core.Tracing;

/// <summary>
/// Counts maximal simple paths from the root of a cone, and through each of its nodes, without enumerating them.
/// Paths through v = ways to reach v from the root times continuations from v; the continuations come from the
/// snapshot-wide <see cref="GlobalCounts"/>, so only the forward pass is per cone. Acyclic: O(cone). Inside a cycle the
/// ways to reach each (node, visited set) state are counted forward over the states the global count memoized. When a
/// component in the cone was not counted exactly the figures are lower bounds, marked inexact.
/// </summary>
internal static class PathCounter
{
    public static PathCounts Count(Cone cone, long stateBudget, CancellationToken ct) =>
        Count(cone, GlobalCounts.For(cone.Graph, stateBudget, ct).Counter, ct);

    public static PathCounts Count(Cone cone, ContinuationCounter cc, CancellationToken ct) =>
        CountAcyclic(cone, cc) ?? CountGeneral(cone, cc, ct);

    /// <summary>
    /// An acyclic cone whose counts fit 64 bits (nearly every cone the traces meet): one pass over the cone in
    /// topological order (Kahn's, buyers before suppliers) with long arithmetic, no component sort, no BigInteger sums.
    /// Null when the cone holds a cycle or a count would overflow; <see cref="CountGeneral"/> then gives the answer.
    /// </summary>
    internal static PathCounts? CountAcyclic(Cone cone, ContinuationCounter cc)
    {
        var n = cone.Count;
        var exact = true;
        foreach (var v in cone.Nodes)
        {
            var c = cc.Component[v];
            if (cc.SizeOf(c) > 1) return null;
            exact &= cc.Exact[c];
        }
        // Scratch arrays from the pool: a cone of thousands of nodes would otherwise put three more arrays per trace on
        // the large object heap.
        var buyers = ArrayPool<int>.Shared.Rent(n);
        var order = ArrayPool<int>.Shared.Rent(n);
        var p = ArrayPool<long>.Shared.Rent(n);
        try
        {
            Array.Clear(buyers, 0, n);
            Array.Clear(p, 0, n);
            foreach (var u in cone.Adj) buyers[u]++;
            if (buyers[0] != 0) return null;
            var (head, tail) = (0, 0);
            order[tail++] = 0;
            var through = new BigInteger[n];
            p[0] = 1;
            while (head < tail)
            {
                var l = order[head++];
                var f = cc.F(cone.Nodes[l]);
                through[l] = f.IsOne ? p[l] : checked(p[l] * (long)f);
                foreach (var u in cone.SuppliersOf(l))
                {
                    p[u] = checked(p[u] + p[l]);
                    if (--buyers[u] == 0) order[tail++] = u;
                }
            }
            // Every node is reached from the root in an acyclic cone; anything else is not this method's case.
            return tail == n ? new PathCounts(cc.F(cone.Nodes[0]), exact, through, 0, cc.States) : null;
        }
        catch (OverflowException)
        {
            return null;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buyers);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<long>.Shared.Return(p);
        }
    }

    /// <summary>Any cone: components in topological order, cycles counted over visited-set states, BigInteger throughout.</summary>
    internal static PathCounts CountGeneral(Cone cone, ContinuationCounter cc, CancellationToken ct)
    {
        var n = cone.Count;
        // The cone's components, most downstream first (global ids are upstream-first), each once.
        var comps = new List<int>(n);
        var seen = new HashSet<int>(n);
        var exact = true;
        var cyclic = 0;
        foreach (var v in cone.Nodes)
        {
            var c = cc.Component[v];
            if (!seen.Add(c)) continue;
            comps.Add(c);
            exact &= cc.Exact[c];
            if (cc.SizeOf(c) > 1) cyclic++;
        }
        // Descending: sorted ascending without a comparison delegate (several times faster), then reversed.
        comps.Sort();
        comps.Reverse();
        var p = new BigInteger[n];
        var through = new BigInteger[n];
        p[0] = BigInteger.One;
        foreach (var c in comps)
        {
            ct.ThrowIfCancellationRequested();
            var members = cc.MembersOf(c);
            if (members.Length == 1)
            {
                var l = cone.LocalOf(members[0]);
                through[l] = p[l] * cc.F(members[0]);
                foreach (var u in cone.SuppliersOf(l)) p[u] += p[l];
                continue;
            }
            if (!exact)
            {
                // Lower bounds: every way in can reach every node of the component and leave by every exit.
                var entering = BigInteger.Zero;
                foreach (var x in members) entering += p[cone.LocalOf(x)];
                foreach (var x in members)
                {
                    var l = cone.LocalOf(x);
                    through[l] = entering;
                    foreach (var y in cone.SuppliersOf(l))
                        if (cc.Component[cone.Nodes[y]] != c) p[y] += entering;
                }
                continue;
            }
            var size = members.Length;
            var layer = new Dictionary<VisitedState, BigInteger>();
            foreach (var a in members)
            {
                var l = cone.LocalOf(a);
                if (!p[l].IsZero) layer[VisitedState.Enter(a, cc.PositionOf(a), size)] = p[l];
                p[l] = BigInteger.Zero;
            }
            while (layer.Count > 0)
            {
                var next = new Dictionary<VisitedState, BigInteger>();
                foreach (var (state, ways) in layer)
                {
                    ct.ThrowIfCancellationRequested();
                    var l = cone.LocalOf(state.Node);
                    p[l] += ways;
                    through[l] += ways * cc.Continuations(state, c);
                    foreach (var y in cone.SuppliersOf(l))
                    {
                        var u = cone.Nodes[y];
                        if (cc.Component[u] != c) { p[y] += ways; continue; }
                        if (state.Contains(cc.PositionOf(u))) continue;
                        var s = state.Step(u, cc.PositionOf(u));
                        next[s] = next.TryGetValue(s, out var w) ? w + ways : ways;
                    }
                }
                layer = next;
            }
        }
        return new PathCounts(cc.F(cone.Nodes[0]), exact, through, cyclic, cc.States);
    }
}
