using Traceability.Storage.Csv;
using Traceability.Tests;

namespace Traceability.Core.Tests.Reports;

/// <summary>
/// The demo network read straight from seed-data's CSV files, without the importer, snapshot or engines: the independent
/// oracle the report tests compare against.
/// </summary>
internal sealed class SeedFiles
{
    private static readonly HashSet<string> Extraction = ["mine", "farm", "fishery", "logging", "plantation"];

    public Dictionary<string, string> FacilityTypes { get; } = [];
    public HashSet<string> Transporters { get; } = [];
    public HashSet<string> Producers { get; } = [];
    public Dictionary<string, List<string>> Suppliers { get; } = [];
    public Dictionary<string, List<string>> Imports { get; } = [];
    public Dictionary<string, List<(string Owner, double? Percent)>> Owners { get; } = [];

    public static SeedFiles Read()
    {
        var s = new SeedFiles();
        foreach (var r in Rows("nodes-Facility.csv")) s.FacilityTypes[r["id:ID"]] = r["facilityType"];
        foreach (var r in Rows("nodes-Transporter.csv")) s.Transporters.Add(r["id:ID"]);
        foreach (var r in Rows("rels-PRODUCES.csv")) s.Producers.Add(r[":START_ID"]);
        foreach (var r in Rows("rels-SUPPLIES.csv")) Add(s.Suppliers, r[":END_ID"], r[":START_ID"]);
        foreach (var r in Rows("rels-IMPORTS.csv")) Add(s.Imports, r[":START_ID"], r[":END_ID"]);
        foreach (var r in Rows("rels-OWNS.csv"))
        {
            if (!s.Owners.TryGetValue(r[":END_ID"], out var list)) s.Owners[r[":END_ID"]] = list = [];
            list.Add((r[":START_ID"], r["percent:double"].Length == 0 ? null : double.Parse(r["percent:double"], System.Globalization.CultureInfo.InvariantCulture)));
        }
        return s;
    }

    public bool IsOrigin(string id) => FacilityTypes.TryGetValue(id, out var type) && (Extraction.Contains(type) || Producers.Contains(id));

    /// <summary>Every node reached walking SUPPLIES backwards from the products, not walking past origins.</summary>
    public HashSet<string> Upstream(IEnumerable<string> products)
    {
        var seen = new HashSet<string>(products);
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            if (IsOrigin(v)) continue;
            foreach (var u in Suppliers.GetValueOrDefault(v) ?? [])
                if (seen.Add(u)) queue.Enqueue(u);
        }
        return seen;
    }

    /// <summary>The owner reached by taking the largest stake at each step (undisclosed lowest, ties to the smaller id), stopping at a repeat.</summary>
    public (string? Ultimate, List<string> Chain) Parent(string id)
    {
        var chain = new List<string>();
        var seen = new HashSet<string> { id };
        var at = id;
        while (Owners.TryGetValue(at, out var owners) && owners.Count > 0)
        {
            var best = owners.OrderByDescending(o => o.Percent ?? -1).ThenBy(o => o.Owner, StringComparer.Ordinal).First().Owner;
            if (!seen.Add(best)) break;
            chain.Add(best);
            at = best;
        }
        return (chain.Count == 0 ? null : chain[^1], chain);
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    private static List<Dictionary<string, string>> Rows(string file)
    {
        using var stream = File.OpenRead(Path.Combine(RepoPaths.SeedGraph, file));
        using var csv = new CsvReader(stream);
        var header = csv.Read()!.Fields;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read() is { } r) rows.Add(header.Select((h, i) => (h, r.Fields[i])).ToDictionary(x => x.h, x => x.Item2));
        return rows;
    }
}
