using System.Numerics;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Tests;

/// <summary>The oracle: every maximal simple path by plain recursion, straight from the definition.</summary>
internal static class BruteForce
{
    public static List<int[]> Paths(GraphSnapshot g, int root)
    {
        var result = new List<int[]>();
        var path = new List<int> { root };
        Walk(root);
        return result;

        void Walk(int v)
        {
            var suppliers = g.Suppliers.Of(v).ToArray().Where(u => u != v).ToArray();
            if (g.IsOrigin[v] || suppliers.Length == 0 || suppliers.All(path.Contains))
            {
                result.Add([.. path]);
                return;
            }
            foreach (var u in suppliers)
            {
                if (path.Contains(u)) continue;
                path.Add(u);
                Walk(u);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    public static Dictionary<int, BigInteger> Through(List<int[]> paths)
    {
        var d = new Dictionary<int, BigInteger>();
        foreach (var p in paths)
            foreach (var v in p.Distinct())
                d[v] = d.GetValueOrDefault(v) + 1;
        return d;
    }
}
