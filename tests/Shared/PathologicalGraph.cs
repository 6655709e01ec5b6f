using System.Globalization;
using System.Text;

namespace Traceability.Tests;

/// <summary>
/// Writes a neo4j-admin CSV bundle of four pathological supply networks, each behind its own product, all imported by one
/// importer company:
/// <list type="bullet">
/// <item><c>ladder-p</c>: 64 stages of two facilities, each feeding both of the next stage: 2^64 paths.</item>
/// <item><c>chain-p</c>: a chain of <c>n</c> facilities ending at a mine with a North Korean workforce; every 1000th
/// facility is in North Korea.</item>
/// <item><c>hub-p</c>: a product with <c>n</c> supplying mines (n in-edges); one of them, <c>hub-0000007</c>, is in North Korea.</item>
/// <item><c>scc-p</c>: a complete digraph of 200 facilities (39,800 SUPPLIES), a North Korean workforce at <c>scc-199</c>, and a
/// 12-node tail <c>scc-tail-01..12</c> upstream of <c>scc-199</c> ending at a mine.</item>
/// </list>
/// </summary>
public static class PathologicalGraph
{
    public const int DenseSize = 200;
    public const int TailLength = 12;

    /// <summary>Writes the bundle into <paramref name="folder"/>; returns the node and relationship counts.</summary>
    public static (long Nodes, long Relationships) Write(string folder, int n)
    {
        Directory.CreateDirectory(folder);
        long nodes = 0, rels = 0;
        using var fac = Open("nodes-Facility.csv", "id:ID,:LABEL,name,country,facilityType");
        using var prod = Open("nodes-Product.csv", "id:ID,:LABEL,name");
        using var co = Open("nodes-Company.csv", "id:ID,:LABEL,name,country");
        using var lab = Open("nodes-LaborSource.csv", "id:ID,:LABEL,name,nationality,workers:int,kind");
        using var sup = Open("rels-SUPPLIES.csv", ":START_ID,:END_ID,:TYPE");
        using var imp = Open("rels-IMPORTS.csv", ":START_ID,:END_ID,:TYPE");
        using var works = Open("rels-WORKS_AT.csv", ":START_ID,:END_ID,:TYPE");
        void Facility(string id, string name, string country, string type) { fac.Write($"{id},Facility,{name},{country},{type}\n"); nodes++; }
        void Product(string id, string name) { prod.Write($"{id},Product,{name}\n"); imp.Write($"co-importer,{id},IMPORTS\n"); nodes++; rels++; }
        void Supplies(string from, string to) { sup.Write($"{from},{to},SUPPLIES\n"); rels++; }
        void KpWorkforce(string id, string at) { lab.Write($"{id},LaborSource,North Korean workforce {id},KP,50,state-dispatched\n"); works.Write($"{id},{at},WORKS_AT\n"); nodes++; rels++; }

        co.Write("co-importer,Company,Pathological Imports Inc.,US\n");
        nodes++;

        Product("ladder-p", "Ladder product");
        for (var s = 0; s < 64; s++)
            foreach (var x in "ab") Facility(Ladder(s, x), $"Ladder stage {s}{x}", "VN", s == 0 ? "mine" : "factory");
        for (var s = 0; s + 1 < 64; s++)
            foreach (var x in "ab")
                foreach (var y in "ab") Supplies(Ladder(s, x), Ladder(s + 1, y));
        Supplies(Ladder(63, 'a'), "ladder-p");
        Supplies(Ladder(63, 'b'), "ladder-p");

        Product("chain-p", "Chain product");
        for (var i = 1; i <= n; i++) Facility(Chain(i), $"Chain link {i}", i % 1000 == 0 ? "KP" : "VN", i == n ? "mine" : "factory");
        Supplies(Chain(1), "chain-p");
        for (var i = 1; i < n; i++) Supplies(Chain(i + 1), Chain(i));
        KpWorkforce("chain-kp", Chain(n));

        Product("hub-p", "Hub product");
        for (var i = 1; i <= n; i++) Facility(Hub(i), $"Hub supplier {i}", i == 7 ? "KP" : "VN", "mine");
        for (var i = 1; i <= n; i++) Supplies(Hub(i), "hub-p");

        Product("scc-p", "Dense cycle product");
        for (var i = 0; i < DenseSize; i++) Facility(Dense(i), $"Cycle member {i}", "VN", "factory");
        for (var i = 0; i < DenseSize; i++)
            for (var j = 0; j < DenseSize; j++)
                if (i != j) Supplies(Dense(i), Dense(j));
        Supplies(Dense(0), "scc-p");
        KpWorkforce("scc-kp", Dense(DenseSize - 1));
        for (var i = 1; i <= TailLength; i++) Facility(Tail(i), $"Cycle tail {i}", "VN", i == TailLength ? "mine" : "factory");
        Supplies(Tail(1), Dense(DenseSize - 1));
        for (var i = 1; i < TailLength; i++) Supplies(Tail(i + 1), Tail(i));
        return (nodes, rels);

        StreamWriter Open(string name, string header)
        {
            var w = new StreamWriter(Path.Combine(folder, name), false, new UTF8Encoding(false), 1 << 16);
            w.Write(header + "\n");
            return w;
        }
    }

    public static string Ladder(int stage, char side) => $"ladder-s{stage:D2}{side}";

    public static string Chain(int i) => $"chain-{i.ToString("D7", CultureInfo.InvariantCulture)}";

    public static string Hub(int i) => $"hub-{i.ToString("D7", CultureInfo.InvariantCulture)}";

    public static string Dense(int i) => $"scc-{i.ToString("D3", CultureInfo.InvariantCulture)}";

    public static string Tail(int i) => $"scc-tail-{i.ToString("D2", CultureInfo.InvariantCulture)}";
}
