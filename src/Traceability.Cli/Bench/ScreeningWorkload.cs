using System.Diagnostics;
using Bogus;
using Traceability.Core.Screening;

namespace Traceability.Cli.Bench;

/// <summary>
/// Workload 7: screening with the blocking index against a brute-force Jaro-Winkler scan of every name on the list
/// (the same scorer, no index): p50 latency, and how many of the scan's hits the index keeps at the same threshold;
/// then names per second for a batch of 100,000 names. The list is 20,000 generated entries with aliases.
/// </summary>
internal static class ScreeningWorkload
{
    public static IEnumerable<BenchResult> Run(int entries, int names, int sampled, CancellationToken ct)
    {
        var (list, queries) = Generate(entries, names, seed: 7);
        var index = ScreeningIndex.Build(list);
        var threshold = ScreeningDefaults.Threshold;
        var sample = queries.Where((_, i) => i % Math.Max(1, queries.Count / sampled) == 0).Take(sampled).ToList();
        var fast = new List<double>();
        var slow = new List<double>();
        long bruteHits = 0, kept = 0;
        foreach (var q in sample)
        {
            ct.ThrowIfCancellationRequested();
            var sw = Stopwatch.StartNew();
            var a = index.Screen(q, threshold, 10);
            fast.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            var b = index.ScreenAll(q, threshold, 10);
            slow.Add(sw.Elapsed.TotalMilliseconds);
            bruteHits += b.Count;
            kept += b.Count(m => a.Any(x => x.Entry.Reference == m.Entry.Reference));
        }
        var p50Fast = Measure.Median(fast);
        var p50Slow = Measure.Median(slow);
        var recall = bruteHits == 0 ? 1 : kept / (double)bruteHits;
        yield return new BenchResult("screening latency, index vs brute force", $"{entries / 1000}k entries", "blocking index", p50Fast,
            "Jaro-Winkler scan of every name", p50Slow, "ms p50", p50Slow / p50Fast, ">= 20x, keeping >= 99.5% of hits",
            p50Slow / p50Fast >= 20 && recall >= 0.995,
            $"{sample.Count} queries; index kept {kept}/{bruteHits} of the scan's hits ({recall:P2}); p99 {Measure.Percentile(fast, 99):F2} ms vs {Measure.Percentile(slow, 99):F1} ms");
        var total = Stopwatch.StartNew();
        long hits = 0;
        Parallel.ForEach(queries, new ParallelOptions { CancellationToken = ct }, q => Interlocked.Add(ref hits, index.Screen(q, threshold, 5).Count));
        var rate = queries.Count / total.Elapsed.TotalSeconds;
        yield return new BenchResult("screening batch", $"{queries.Count / 1000}k names x {entries / 1000}k entries", "names/s", rate, "", double.NaN, "names/s", double.NaN,
            "a figure", null, $"{total.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores, {hits:N0} hits; {index.NameCount:N0} names indexed");
    }

    private static readonly string[] Syllables =
    [
        "ryon", "bong", "nam", "gang", "kum", "san", "song", "chol", "hyok", "sin", "tan", "gun", "pyong", "yang", "chong", "jin", "mun", "hae",
        "kwang", "myong", "pae", "sol", "rung", "ra", "do", "su", "il", "hung", "sung", "ri", "jong", "un", "kap", "sok", "man", "dae", "ho",
    ];

    private static readonly string[] Kinds = ["Trading Corporation", "General Corporation", "Trading Company", "Shipping Company", "Mining Company", "Industrial Group", "Co., Ltd.", "LLC"];

    internal static (List<ListEntry> Entries, List<ScreeningQuery> Queries) Generate(int entries, int names, int seed)
    {
        var f = new Faker("en") { Random = new Randomizer(seed) };
        string Word() => string.Concat(f.PickRandom(Syllables), f.PickRandom(Syllables));
        string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
        var list = new List<ListEntry>(entries);
        for (var i = 0; i < entries; i++)
        {
            var core = f.Random.Bool(0.6f) ? Cap(Word()) : f.Company.CompanyName(0).Split(' ')[0];
            var name = f.Random.Bool(0.5f) ? $"Korea {core} {f.PickRandom(Kinds)}" : $"{f.Address.City()} {core} {f.PickRandom(Kinds)}";
            var person = f.Random.Bool(0.15f);
            if (person) name = $"{f.PickRandom("KIM", "RI", "PAK", "CHOE", "JONG", "KANG")}, {Cap(f.PickRandom(Syllables))} {Cap(f.PickRandom(Syllables))}";
            list.Add(new ListEntry
            {
                List = "BENCH",
                EntryId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Kind = person ? EntryKind.Individual : EntryKind.Entity,
                Name = name.ToUpperInvariant(),
                Aliases = f.Random.Bool(0.5f) ? [$"{core} {f.PickRandom(Kinds)}".ToUpperInvariant()] : [],
                WeakAliases = f.Random.Bool(0.2f) ? [string.Concat(core.Take(3)).ToUpperInvariant() + f.Random.String2(2, "ABCDEFGHJKLMNPRSTUVWXYZ")] : [],
                Countries = [f.PickRandom("KP", "CN", "RU", "AE", "SG", "HK")],
            });
        }
        var queries = new List<ScreeningQuery>(names);
        for (var i = 0; i < names; i++)
        {
            if (f.Random.Bool(0.3f))
            {
                var e = f.PickRandom(list);
                var text = e.Name;
                text = f.Random.Int(0, 3) switch
                {
                    0 => text.Replace("CORPORATION", "Corp.", StringComparison.Ordinal),
                    1 => text.Replace("RYON", "YON", StringComparison.Ordinal).Replace("RUNG", "RYUNG", StringComparison.Ordinal),
                    2 => string.Join(' ', text.Split(' ').Reverse()),
                    _ => text.ToLowerInvariant(),
                };
                queries.Add(new ScreeningQuery(text));
            }
            else queries.Add(new ScreeningQuery(f.Company.CompanyName()));
        }
        return (list, queries);
    }
}
