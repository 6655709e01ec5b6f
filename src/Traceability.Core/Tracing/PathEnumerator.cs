using System.Diagnostics;
using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Tracing;

/// <summary>
/// Lists maximal simple paths of a cone depth-first, suppliers in id order, so the order is the same every time.
/// Pages resume from a cursor holding the search stack. Filters prune branches that cannot reach what they ask for.
/// </summary>
internal sealed class PathEnumerator(Cone cone, RiskIndex risk, long snapshotVersion)
{
    public PathPage Page(PathQuery q, CancellationToken ct)
    {
        var n = cone.Count;
        var g = cone.Graph;
        var rootId = g.IdOf(cone.Nodes[0]).Value;
        int? through = null;
        if (q.Through is { } t)
        {
            if (!g.TryGetIndex(t, out var gt) || cone.LocalOf(gt) is var lt && lt < 0)
                return new PathPage([], null, false, null, 0);
            through = lt;
        }
        int FlagMask(int v) => risk.MaskOf(cone.Nodes[v]);
        var wanted = q.Kind is { } k ? FlagKinds.Bit(k) : q.OnlyFlagged ? -1 : 0;
        bool Wanted(int v) => wanted != 0 && (FlagMask(v) & wanted) != 0;

        // canReach[v]: the node the filter asks for is v or upstream of v.
        bool[]? reachThrough = through is { } th ? Reach(n, [th]) : null;
        bool[]? reachFlag = wanted != 0 ? Reach(n, Enumerable.Range(0, n).Where(Wanted)) : null;

        var onPath = new bool[n];
        var path = new List<int>();
        var next = new List<int>();
        var flaggedOnPath = 0;

        void Push(int v)
        {
            path.Add(v);
            next.Add(0);
            onPath[v] = true;
            if (Wanted(v)) flaggedOnPath++;
        }

        void Pop()
        {
            var v = path[^1];
            path.RemoveAt(path.Count - 1);
            next.RemoveAt(next.Count - 1);
            onPath[v] = false;
            if (Wanted(v)) flaggedOnPath--;
        }

        var resumed = false;
        if (q.Cursor is { } text)
        {
            var c = PathCursor.Decode(text);
            if (c.Snapshot != snapshotVersion) throw new InvalidCursorException($"cursor belongs to graph version {c.Snapshot}; the graph is now at version {snapshotVersion}: start again without a cursor");
            if (c.Root != rootId) throw new InvalidCursorException($"cursor belongs to a trace of '{c.Root}', not '{rootId}'");
            if (c.Filter != q.FilterKey) throw new InvalidCursorException("cursor belongs to a query with other filters");
            if (c.Stack.Length == 0) return new PathPage([], null, false, null, 0);
            for (var i = 0; i < c.Stack.Length; i++)
            {
                if (!g.TryGetIndex(new NodeId(c.Stack[i]), out var gv) || cone.LocalOf(gv) is var lv && (lv < 0 || onPath[lv]) || (i == 0 && lv != 0))
                    throw new InvalidCursorException("cursor does not match this trace");
                if (i > 0)
                {
                    var pos = cone.SuppliersOf(path[^1]).IndexOf(lv);
                    if (pos < 0) throw new InvalidCursorException("cursor does not match this trace");
                    next[^1] = pos + 1;
                }
                Push(lv);
            }
            next[^1] = c.Next;
            resumed = true;
        }
        else Push(0);

        var paths = new List<TracePath>();
        if (q.Limit <= 0) return new PathPage(paths, null, false, null, 0);
        var maxDepth = q.EffectiveMaxDepth;
        var clock = Stopwatch.StartNew();
        long steps = 0;
        string? truncatedBy = null;
        var fresh = !resumed;
        while (path.Count > 0)
        {
            var v = path[^1];
            var depth = path.Count - 1;
            if (fresh)
            {
                fresh = false;
                PathEnd? end = cone.IsTerminal(v) ? (cone.Graph.IsOrigin[cone.Nodes[v]] ? PathEnd.Origin : PathEnd.Untraced)
                    : AllOnPath(v) ? PathEnd.Cycle
                    : depth >= maxDepth ? PathEnd.Cut : null;
                if (end is { } e)
                {
                    if (e == PathEnd.Cut) truncatedBy ??= "depth";
                    if (Accept()) paths.Add(ToPath(e));
                    Pop();
                    if (paths.Count >= q.Limit) break;
                    continue;
                }
            }
            // Budgets are checked only between examined nodes, so the stack is always a valid cursor.
            ct.ThrowIfCancellationRequested();
            if ((++steps & 1023) == 0 && clock.Elapsed > q.TimeBudget) { truncatedBy = "time"; break; }
            if (steps > q.StepBudget) { truncatedBy = "steps"; break; }
            var sup = cone.SuppliersOf(v);
            var i = next[^1];
            while (i < sup.Length && (onPath[sup[i]] || Pruned(sup[i]))) i++;
            if (i >= sup.Length)
            {
                Pop();
                continue;
            }
            next[^1] = i + 1;
            Push(sup[i]);
            fresh = true;
        }
        string? cursor = null;
        if (path.Count > 0)
        {
            cursor = new PathCursor(snapshotVersion, rootId, q.FilterKey, [.. path.Select(x => g.IdOf(cone.Nodes[x]).Value)], next[^1]).Encode();
        }
        return new PathPage(paths, cursor, truncatedBy is not null, truncatedBy, steps);

        bool AllOnPath(int v)
        {
            foreach (var u in cone.SuppliersOf(v)) if (!onPath[u]) return false;
            return true;
        }

        bool Pruned(int u) =>
            (reachThrough is not null && !onPath[through!.Value] && !reachThrough[u]) ||
            (reachFlag is not null && flaggedOnPath == 0 && !reachFlag[u]);

        bool Accept() =>
            (through is null || onPath[through.Value]) && (wanted == 0 || flaggedOnPath > 0);

        TracePath ToPath(PathEnd end)
        {
            var mask = 0;
            foreach (var x in path) mask |= FlagMask(x);
            return new TracePath([.. path.Select(x => g.IdOf(cone.Nodes[x]))], end, [.. FlagKinds.InMask(mask)]);
        }
    }

    // Nodes from which one of the targets is reachable upstream (the targets included).
    private bool[] Reach(int n, IEnumerable<int> targets)
    {
        var buyersOff = new int[n + 1];
        for (var v = 0; v < n; v++) foreach (var u in cone.SuppliersOf(v)) buyersOff[u + 1]++;
        for (var i = 0; i < n; i++) buyersOff[i + 1] += buyersOff[i];
        var buyers = new int[cone.EdgeCount];
        var fill = (int[])buyersOff.Clone();
        for (var v = 0; v < n; v++) foreach (var u in cone.SuppliersOf(v)) buyers[fill[u]++] = v;
        var reach = new bool[n];
        var queue = new Queue<int>();
        foreach (var t in targets) if (!reach[t]) { reach[t] = true; queue.Enqueue(t); }
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            for (var i = buyersOff[u]; i < buyersOff[u + 1]; i++)
                if (!reach[buyers[i]]) { reach[buyers[i]] = true; queue.Enqueue(buyers[i]); }
        }
        return reach;
    }
}
