using System.Numerics;

namespace Traceability.Core.Tracing;

/// <summary>
/// For every node of a traced graph (compressed rows of supplier edges; a node with an empty row is a path end), the
/// number of maximal simple paths that continue upstream from it when it is entered: F(v). Acyclic parts are a sum over
/// suppliers. Inside a strongly connected component a path's future depends on which of the component's nodes it has
/// visited, so states (node, visited set) are counted with memoization, within a budget of states per component;
/// past that, or for components too large to be worth trying, the component counts as one way through to each exit
/// (a lower bound) and is marked inexact. Built once per snapshot (<see cref="GlobalCounts"/>) and shared by single
/// traces and the batch exposure pass, so both give the same figures.
/// </summary>
internal sealed class ContinuationCounter
{
    /// <summary>Components larger than this are not counted exactly: their simple paths explode long before any budget.</summary>
    public const int MaxExactComponent = 256;

    /// <summary>
    /// Components of more than 16 nodes with more independent cycles than this (internal edges - nodes + 1) are not
    /// counted exactly either (small ones are always tried within the budget):
    /// the number of states grows about exponentially with it (measured: a 110-node component with 141 independent
    /// cycles burnt 1.2 million states before giving up; recycling loops in real data have one or a few).
    /// </summary>
    public const int MaxExactCycles = 12;

    private const long MaxStateBytes = 128L << 20;

    private readonly int[] _off;
    private readonly int[] _adj;
    private readonly int[] _pos;
    private readonly PathNumbers _f;
    private readonly Dictionary<VisitedState, BigInteger> _memo = [];

    public ContinuationCounter(int n, int[] off, int[] adj, long budgetPerComponent, CancellationToken ct)
    {
        _off = off;
        _adj = adj;
        (Component, ComponentCount) = Scc.Find(n, off, adj);
        MemberOffsets = new int[ComponentCount + 1];
        foreach (var c in Component) MemberOffsets[c + 1]++;
        for (var c = 0; c < ComponentCount; c++) MemberOffsets[c + 1] += MemberOffsets[c];
        Members = new int[n];
        _pos = new int[n];
        var fill = (int[])MemberOffsets.Clone();
        for (var v = 0; v < n; v++)
        {
            var c = Component[v];
            _pos[v] = fill[c] - MemberOffsets[c];
            Members[fill[c]++] = v;
        }
        _f = new PathNumbers(n);
        Exact = new bool[ComponentCount];
        for (var c = 0; c < ComponentCount; c++)
        {
            if ((c & 4095) == 0) ct.ThrowIfCancellationRequested();
            Exact[c] = true;
            var size = MemberOffsets[c + 1] - MemberOffsets[c];
            if (size == 1)
            {
                var v = Members[MemberOffsets[c]];
                var sum = _off[v] == _off[v + 1] ? PathSum.One : PathSum.Zero;
                for (var i = _off[v]; i < _off[v + 1]; i++) _f.AddTo(ref sum, _adj[i]);
                _f.Set(v, sum);
                continue;
            }
            Cyclic++;
            var members = MembersOf(c);
            var budget = Math.Min(budgetPerComponent, MaxStateBytes / (8L * ((size + 63) / 64) + 96));
            var local = new Dictionary<VisitedState, BigInteger>();
            try
            {
                if (size > MaxExactComponent || (size > 16 && InternalEdges(c, members) - size + 1 > MaxExactCycles)) throw new BudgetExceededException();
                foreach (var a in members) _f.Set(a, Sum(Continue(VisitedState.Enter(a, _pos[a], size), c, local, budget)));
                foreach (var kv in local) _memo[kv.Key] = kv.Value;
                States += local.Count;
            }
            catch (BudgetExceededException)
            {
                Exact[c] = false;
                var exits = PathSum.Zero;
                foreach (var x in members)
                    for (var i = _off[x]; i < _off[x + 1]; i++)
                        if (Component[_adj[i]] != c) _f.AddTo(ref exits, _adj[i]);
                var value = exits.Value.IsZero ? PathSum.One : exits;
                foreach (var x in members) _f.Set(x, value);
                States += local.Count;
            }
        }
    }

    /// <summary>Component of each node; ids in upstream-first order.</summary>
    public int[] Component { get; }

    public int ComponentCount { get; }

    /// <summary>Members of component c are <c>Members[MemberOffsets[c]..MemberOffsets[c+1]]</c>.</summary>
    public int[] MemberOffsets { get; }

    public int[] Members { get; }

    /// <summary>Per component: were its own states counted within the budget.</summary>
    public bool[] Exact { get; }

    /// <summary>Components with more than one node.</summary>
    public int Cyclic { get; }

    /// <summary>States explored.</summary>
    public long States { get; }

    /// <summary>Continuations from a node when entered (exact, or a lower bound in and downstream of an inexact component).</summary>
    public BigInteger F(int v) => _f[v];

    public ReadOnlySpan<int> MembersOf(int c) => Members.AsSpan(MemberOffsets[c], MemberOffsets[c + 1] - MemberOffsets[c]);

    public int SizeOf(int c) => MemberOffsets[c + 1] - MemberOffsets[c];

    public int PositionOf(int v) => _pos[v];

    /// <summary>Continuations from a state of an exactly counted component; read-only once the counter is built.</summary>
    public BigInteger Continuations(VisitedState state, int c) =>
        // Every state reachable from an entry was counted with its component; a miss is counted privately so that the
        // shared memo is never written after construction.
        _memo.TryGetValue(state, out var known) ? known : Continue(state, c, [], long.MaxValue);

    private int InternalEdges(int c, ReadOnlySpan<int> members)
    {
        var count = 0;
        foreach (var v in members)
            for (var i = _off[v]; i < _off[v + 1]; i++)
                if (Component[_adj[i]] == c) count++;
        return count;
    }

    private static PathSum Sum(BigInteger x)
    {
        var s = PathSum.Zero;
        s.Add(x);
        return s;
    }

    // Memoized depth-first search with an explicit stack (a long cycle cannot overflow the call stack).
    private BigInteger Continue(VisitedState start, int c, Dictionary<VisitedState, BigInteger> local, long budget)
    {
        if (_memo.TryGetValue(start, out var known) || local.TryGetValue(start, out known)) return known;
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
                    frame.Sum += _f[u];
                    frame.Any = true;
                    continue;
                }
                if (frame.State.Contains(_pos[u])) continue;
                frame.Any = true;
                var child = frame.State.Step(u, _pos[u]);
                if (_memo.TryGetValue(child, out var value) || local.TryGetValue(child, out value))
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
            local[frame.State] = total;
            if (local.Count > budget) throw new BudgetExceededException();
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
