using System.Numerics;

namespace Traceability.Core.Tracing;

/// <summary>
/// Counts maximal simple paths from the root of a cone, and through each of its nodes, without enumerating them.
/// Paths through v = ways to reach v from the root times continuations from v (<see cref="ContinuationCounter"/>).
/// Acyclic: O(V+E). Inside a cycle the ways to reach each (node, visited set) state are counted forward over the
/// same states. When a component ran out of budget the figures are lower bounds, marked inexact.
/// </summary>
internal static class PathCounter
{
    public static PathCounts Count(Cone cone, long stateBudget, CancellationToken ct)
    {
        var cc = new ContinuationCounter(cone.Count, cone.Off, cone.Adj, stateBudget, ct);
        var n = cone.Count;
        var p = new BigInteger[n];
        var through = new BigInteger[n];
        p[0] = BigInteger.One;
        var exact = cc.Exact.All(x => x);
        for (var c = cc.ComponentCount - 1; c >= 0; c--)
        {
            ct.ThrowIfCancellationRequested();
            var m = cc.Members[c];
            if (m.Count == 1)
            {
                var v = m[0];
                through[v] = p[v] * cc.F[v];
                foreach (var u in cone.SuppliersOf(v)) p[u] += p[v];
                continue;
            }
            if (!exact)
            {
                // Lower bounds: every way in can reach every node of the component and leave by every exit.
                var entering = BigInteger.Zero;
                foreach (var x in m) entering += p[x];
                foreach (var x in m)
                {
                    through[x] = entering;
                    foreach (var y in cone.SuppliersOf(x))
                        if (cc.Component[y] != c) p[y] += entering;
                }
                continue;
            }
            var layer = new Dictionary<VisitedState, BigInteger>();
            foreach (var a in m)
                if (!p[a].IsZero) layer[VisitedState.Enter(a, cc.PositionOf(a), m.Count)] = p[a];
            foreach (var a in m) p[a] = BigInteger.Zero;
            while (layer.Count > 0)
            {
                var next = new Dictionary<VisitedState, BigInteger>();
                foreach (var (state, ways) in layer)
                {
                    ct.ThrowIfCancellationRequested();
                    var v = state.Node;
                    p[v] += ways;
                    through[v] += ways * cc.Continuations(state, c);
                    foreach (var u in cone.SuppliersOf(v))
                    {
                        if (cc.Component[u] != c) { p[u] += ways; continue; }
                        if (state.Contains(cc.PositionOf(u))) continue;
                        var s = state.Step(u, cc.PositionOf(u));
                        next[s] = next.TryGetValue(s, out var w) ? w + ways : ways;
                    }
                }
                layer = next;
            }
        }
        return new PathCounts(cc.F[0], exact, through, cc.Cyclic, cc.States);
    }
}
