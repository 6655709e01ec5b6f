namespace Traceability.Core.Tracing;

/// <summary>
/// Strongly connected components by an iterative Tarjan (no recursion, so a million-node chain cannot overflow the
/// stack; QuikGraph's recursive search can). Components come out in reverse topological order of the edges:
/// with edges pointing to suppliers, the most upstream components first. Tests check it against QuikGraph.
/// </summary>
internal static class Scc
{
    /// <summary>Component of each node, and the number of components; component ids follow emission order.</summary>
    public static (int[] Component, int Count) Find(int n, int[] off, int[] adj)
    {
        var index = new int[n];
        var low = new int[n];
        var comp = new int[n];
        Array.Fill(index, -1);
        var onStack = new bool[n];
        var stack = new int[n];
        var sp = 0;
        var callNode = new int[n];
        var callEdge = new int[n];
        var next = 0;
        var count = 0;
        for (var s = 0; s < n; s++)
        {
            if (index[s] >= 0) continue;
            var depth = 0;
            callNode[0] = s;
            callEdge[0] = off[s];
            index[s] = low[s] = next++;
            stack[sp++] = s;
            onStack[s] = true;
            while (depth >= 0)
            {
                var v = callNode[depth];
                if (callEdge[depth] < off[v + 1])
                {
                    var w = adj[callEdge[depth]++];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = off[w];
                    }
                    else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
                    continue;
                }
                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack[--sp];
                        onStack[w] = false;
                        comp[w] = count;
                    } while (w != v);
                    count++;
                }
                depth--;
                if (depth >= 0)
                {
                    var p = callNode[depth];
                    if (low[v] < low[p]) low[p] = low[v];
                }
            }
        }
        return (comp, count);
    }
}
