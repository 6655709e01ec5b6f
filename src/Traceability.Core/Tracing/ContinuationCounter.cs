using System.Numerics;

namespace Traceability.Core.Tracing;

/// <summary>
/// For every node of a traced graph (compressed rows of supplier edges; a node with no row is a path end), the
/// number of maximal simple paths that continue upstream from it when it is entered: F(v). Acyclic parts are a sum
/// over suppliers. Inside a strongly connected component a path's future depends on which of the component's nodes it
/// has visited, so states (node, visited set) are counted with memoization, at most <c>budget</c> states per component;
/// past that the component counts as one way through to each exit (a lower bound) and is marked inexact.
/// Shared by the single trace and the batch exposure pass, so both give the same figures.
/// </summary>
internal sealed class ContinuationCounter
{
    private readonly int[] _off;
    private readonly int[] _adj;
    private readonly int[] _pos;
    private readonly long _budget;
    private readonly CancellationToken _ct;
    private readonly Dictionary<VisitedState, BigInteger> _memo = [];
    private const long MaxStateBytes = 128L << 20;
    private long _componentBudget;

    public ContinuationCounter(int n, int[] off, int[] adj, long budgetPerComponent, CancellationToken ct)
    {
        _off = off;
        _adj = adj;
        _budget = budgetPerComponent;
        _ct = ct;
        (Component, ComponentCount) = Scc.Find(n, off, adj);
        Members = new List<int>[ComponentCount];
        for (var v = 0; v < n; v++) (Members[Component[v]] ??= []).Add(v);
        _pos = new int[n];
        foreach (var m in Members)
            for (var i = 0; i < m.Count; i++) _pos[m[i]] = i;
        F = new BigInteger[n];
        Exact = new bool[ComponentCount];
        for (var c = 0; c < ComponentCount; c++)
        {
            ct.ThrowIfCancellationRequested();
            Exact[c] = true;
            var m = Members[c];
            if (m.Count == 1)
            {
                var v = m[0];
                if (off[v] == off[v + 1]) { F[v] = BigInteger.One; continue; }
                var sum = BigInteger.Zero;
                for (var i = off[v]; i < off[v + 1]; i++) sum += F[adj[i]];
                F[v] = sum;
                continue;
            }
            Cyclic++;
            var before = _memo.Count;
            // Each state holds a bit per node of the component: bound the memory, not only the count.
            _componentBudget = Math.Min(_budget, MaxStateBytes / (8L * ((m.Count + 63) / 64) + 96));
            try
            {
                foreach (var a in m) F[a] = Continue(VisitedState.Enter(a, _pos[a], m.Count), c, before);
                States += _memo.Count - before;
            }
            catch (BudgetExceededException)
            {
                Exact[c] = false;
                var exits = BigInteger.Zero;
                foreach (var x in m)
                    for (var i = off[x]; i < off[x + 1]; i++)
                        if (Component[adj[i]] != c) exits += F[adj[i]];
                var value = BigInteger.Max(BigInteger.One, exits);
                foreach (var x in m) F[x] = value;
                States += _componentBudget;
            }
        }
    }

    /// <summary>Component of each node; ids in upstream-first order.</summary>
    public int[] Component { get; }

    public int ComponentCount { get; }

    public List<int>[] Members { get; }

    /// <summary>Continuations from each node when entered (exact, or a lower bound in an inexact component and downstream of one).</summary>
    public BigInteger[] F { get; }

    /// <summary>Per component: were its own states counted within the budget.</summary>
    public bool[] Exact { get; }

    /// <summary>Components with more than one node.</summary>
    public int Cyclic { get; }

    /// <summary>States explored.</summary>
    public long States { get; }

    public int PositionOf(int v) => _pos[v];

    public ReadOnlySpan<int> SuppliersOf(int v) => _adj.AsSpan(_off[v], _off[v + 1] - _off[v]);

    /// <summary>Continuations from a state of an exactly counted component.</summary>
    public BigInteger Continuations(VisitedState state, int c) => Continue(state, c, _memo.Count);

    // Memoized depth-first search with an explicit stack (a long cycle cannot overflow the call stack).
    private BigInteger Continue(VisitedState start, int c, int memoBefore)
    {
        if (_memo.TryGetValue(start, out var known)) return known;
        var stack = new Stack<Frame>();
        stack.Push(new Frame(start));
        var result = BigInteger.Zero;
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            var v = frame.State.Node;
            var pushed = false;
            while (_off[v] + frame.Next < _off[v + 1])
            {
                var u = _adj[_off[v] + frame.Next];
                frame.Next++;
                if (Component[u] != c)
                {
                    frame.Sum += F[u];
                    frame.Any = true;
                    continue;
                }
                if (frame.State.Contains(_pos[u])) continue;
                frame.Any = true;
                var child = frame.State.Step(u, _pos[u]);
                if (_memo.TryGetValue(child, out var value))
                {
                    frame.Sum += value;
                    continue;
                }
                stack.Push(new Frame(child));
                pushed = true;
                break;
            }
            if (pushed) continue;
            stack.Pop();
            var total = frame.Any ? frame.Sum : BigInteger.One;
            _memo[frame.State] = total;
            if (_memo.Count - memoBefore > _componentBudget) throw new BudgetExceededException();
            if ((_memo.Count & 1023) == 0) _ct.ThrowIfCancellationRequested();
            if (stack.Count > 0) stack.Peek().Sum += total;
            else result = total;
        }
        return result;
    }

    private sealed class BudgetExceededException : Exception;

    private sealed class Frame(VisitedState state)
    {
        public VisitedState State { get; } = state;
        public int Next { get; set; }
        public BigInteger Sum { get; set; }
        public bool Any { get; set; }
    }
}
