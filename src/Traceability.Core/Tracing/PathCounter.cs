using System.Numerics;

namespace Traceability.Core.Tracing;

/// <summary>
/// Counts maximal simple paths from the root of a cone without enumerating them.
/// Acyclic cones: dynamic programming in O(V+E): paths through v = paths from the root to v times
/// continuations from v. Cycles: a simple path enters a strongly connected component once and leaves it once, and
/// only the nodes of that component already on the path matter, so states (node, visited set within its component)
/// are counted exactly with memoization, forward and backward, within a budget of states. Past the budget the
/// counts are lower bounds from the condensation (each component counted as one way through), marked inexact.
/// </summary>
internal static class PathCounter
{
    public static PathCounts Count(Cone cone, long stateBudget, CancellationToken ct)
    {
        var n = cone.Count;
        var (comp, k) = Scc.Find(n, cone.Off, cone.Adj);
        var members = new List<int>[k];
        for (var v = 0; v < n; v++) (members[comp[v]] ??= []).Add(v);
        var cyclic = members.Count(m => m.Count > 1);
        if (cyclic == 0) return Acyclic(cone, comp, k, members);
        try
        {
            return new Cyclic(cone, comp, k, members, stateBudget, ct).Run(cyclic);
        }
        catch (BudgetExceededException)
        {
            return LowerBound(cone, comp, k, members, cyclic, stateBudget);
        }
    }

    private static PathCounts Acyclic(Cone cone, int[] comp, int k, List<int>[] members)
    {
        var n = cone.Count;
        var f = new BigInteger[n];
        for (var c = 0; c < k; c++)
        {
            var v = members[c][0];
            if (cone.IsTerminal(v)) { f[v] = BigInteger.One; continue; }
            var sum = BigInteger.Zero;
            foreach (var u in cone.SuppliersOf(v)) sum += f[u];
            f[v] = sum;
        }
        var p = new BigInteger[n];
        var through = new BigInteger[n];
        p[0] = BigInteger.One;
        for (var c = k - 1; c >= 0; c--)
        {
            var v = members[c][0];
            through[v] = p[v] * f[v];
            foreach (var u in cone.SuppliersOf(v)) p[u] += p[v];
        }
        return new PathCounts(f[0], true, through, 0, 0);
    }

    private static PathCounts LowerBound(Cone cone, int[] comp, int k, List<int>[] members, int cyclic, long states)
    {
        var n = cone.Count;
        var f = new BigInteger[n];
        for (var c = 0; c < k; c++)
        {
            if (members[c].Count == 1)
            {
                var v = members[c][0];
                if (cone.IsTerminal(v)) { f[v] = BigInteger.One; continue; }
                var sum = BigInteger.Zero;
                foreach (var u in cone.SuppliersOf(v)) sum += f[u];
                f[v] = sum;
                continue;
            }
            var exits = BigInteger.Zero;
            foreach (var x in members[c])
                foreach (var y in cone.SuppliersOf(x))
                    if (comp[y] != c) exits += f[y];
            var value = BigInteger.Max(BigInteger.One, exits);
            foreach (var x in members[c]) f[x] = value;
        }
        var p = new BigInteger[n];
        var through = new BigInteger[n];
        p[0] = BigInteger.One;
        for (var c = k - 1; c >= 0; c--)
        {
            if (members[c].Count == 1)
            {
                var v = members[c][0];
                through[v] = p[v] * f[v];
                foreach (var u in cone.SuppliersOf(v)) p[u] += p[v];
                continue;
            }
            var entering = BigInteger.Zero;
            foreach (var x in members[c]) entering += p[x];
            foreach (var x in members[c])
            {
                through[x] = entering;
                foreach (var y in cone.SuppliersOf(x))
                    if (comp[y] != c) p[y] += entering;
            }
        }
        return new PathCounts(f[0], false, through, cyclic, states);
    }

    private sealed class BudgetExceededException : Exception;

    private sealed class Cyclic(Cone cone, int[] comp, int k, List<int>[] members, long budget, CancellationToken ct)
    {
        private readonly BigInteger[] _entry = new BigInteger[cone.Count];
        private readonly int[] _pos = new int[cone.Count];
        private readonly Dictionary<VisitedState, BigInteger> _memo = [];
        private long _states;

        public PathCounts Run(int cyclic)
        {
            for (var c = 0; c < k; c++)
                for (var i = 0; i < members[c].Count; i++) _pos[members[c][i]] = i;

            for (var c = 0; c < k; c++)
            {
                ct.ThrowIfCancellationRequested();
                var m = members[c];
                if (m.Count == 1)
                {
                    var v = m[0];
                    if (cone.IsTerminal(v)) { _entry[v] = BigInteger.One; continue; }
                    var sum = BigInteger.Zero;
                    foreach (var u in cone.SuppliersOf(v)) sum += _entry[u];
                    _entry[v] = sum;
                    continue;
                }
                foreach (var a in m) _entry[a] = Continuations(VisitedState.Enter(a, _pos[a], m.Count), c);
            }

            var n = cone.Count;
            var p = new BigInteger[n];
            var through = new BigInteger[n];
            p[0] = BigInteger.One;
            for (var c = k - 1; c >= 0; c--)
            {
                ct.ThrowIfCancellationRequested();
                var m = members[c];
                if (m.Count == 1)
                {
                    var v = m[0];
                    through[v] = p[v] * _entry[v];
                    foreach (var u in cone.SuppliersOf(v)) p[u] += p[v];
                    continue;
                }
                // Forward over states by path length inside the component: ways to reach each state.
                var layer = new Dictionary<VisitedState, BigInteger>();
                foreach (var a in m)
                    if (!p[a].IsZero) layer[VisitedState.Enter(a, _pos[a], m.Count)] = p[a];
                foreach (var a in m) p[a] = BigInteger.Zero;
                while (layer.Count > 0)
                {
                    var next = new Dictionary<VisitedState, BigInteger>();
                    foreach (var (state, ways) in layer)
                    {
                        ct.ThrowIfCancellationRequested();
                        var v = state.Node;
                        p[v] += ways;
                        through[v] += ways * Continuations(state, c);
                        foreach (var u in cone.SuppliersOf(v))
                        {
                            if (comp[u] != c) { p[u] += ways; continue; }
                            if (state.Contains(_pos[u])) continue;
                            var s = state.Step(u, _pos[u]);
                            next[s] = next.TryGetValue(s, out var w) ? w + ways : ways;
                            if (++_states > budget) throw new BudgetExceededException();
                        }
                    }
                    layer = next;
                }
            }
            return new PathCounts(_entry[0], true, through, cyclic, _states + _memo.Count);
        }

        // Maximal continuations from a state: memoized depth-first search with an explicit stack.
        private BigInteger Continuations(VisitedState start, int c)
        {
            if (_memo.TryGetValue(start, out var known)) return known;
            var stack = new Stack<Frame>();
            stack.Push(new Frame(start));
            BigInteger result = default;
            while (stack.Count > 0)
            {
                var frame = stack.Peek();
                var sup = cone.SuppliersOf(frame.State.Node);
                var pushed = false;
                while (frame.Next < sup.Length)
                {
                    var u = sup[frame.Next];
                    if (comp[u] != c)
                    {
                        frame.Sum += _entry[u];
                        frame.Any = true;
                        frame.Next++;
                        continue;
                    }
                    if (frame.State.Contains(_pos[u])) { frame.Next++; continue; }
                    var child = frame.State.Step(u, _pos[u]);
                    frame.Any = true;
                    if (_memo.TryGetValue(child, out var value))
                    {
                        frame.Sum += value;
                        frame.Next++;
                        continue;
                    }
                    frame.Next++;
                    stack.Push(new Frame(child));
                    pushed = true;
                    break;
                }
                if (pushed) continue;
                stack.Pop();
                var total = frame.Any ? frame.Sum : BigInteger.One;
                _memo[frame.State] = total;
                if (_memo.Count + _states > budget) throw new BudgetExceededException();
                if (stack.Count > 0) stack.Peek().Sum += total;
                else result = total;
            }
            return result;
        }

        private sealed class Frame(VisitedState state)
        {
            public VisitedState State { get; } = state;
            public int Next { get; set; }
            public BigInteger Sum { get; set; }
            public bool Any { get; set; }
        }
    }
}
