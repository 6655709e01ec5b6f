using Traceability.Core.Screening;

namespace Traceability.Core.Tests.Screening;

/// <summary>
/// The blocking index is a fast path: it scores only the names that share a key with the query. It is checked here
/// against scoring every name (<see cref="ScreeningIndex.ScreenAll"/>) with the same scorer and threshold.
/// </summary>
public sealed class ScreeningIndexTests(ITestOutputHelper output)
{
    [Fact]
    public void LabeledQueries_IndexReportsExactlyWhatTheFullScanReports()
    {
        foreach (var (query, _) in LabeledScreeningTests.Pairs)
        {
            var q = new ScreeningQuery(query);
            Assert.Equal([query, .. Describe(ScreeningFixture.Index.ScreenAll(q, ScreeningDefaults.Threshold))], [query, .. Describe(ScreeningFixture.Index.Screen(q, ScreeningDefaults.Threshold))]);
        }
    }

    [Fact]
    public void AbbreviatedWords_AreFoundInBothDirections()
    {
        var index = ScreeningIndex.Build(
        [
            new ListEntry { List = "T", EntryId = "1", Kind = EntryKind.Entity, Name = "CONN CO., LTD." },
            new ListEntry { List = "T", EntryId = "2", Kind = EntryKind.Entity, Name = "STOLTENBERG MINING" },
        ]);

        var longer = index.Screen(new ScreeningQuery("Connelly LLC"), ScreeningDefaults.Threshold);
        var shorter = index.Screen(new ScreeningQuery("Stolten Mining"), ScreeningDefaults.Threshold);

        Assert.Equal("T:1", Assert.Single(longer).Entry.Reference);
        Assert.Contains("abbreviates", longer[0].Features[0].Detail, StringComparison.Ordinal);
        Assert.Equal("T:2", Assert.Single(shorter).Entry.Reference);
    }

    [Fact]
    public void GeneratedListAndVariants_IndexKeepsEveryHitOfTheFullScan()
    {
        var random = new Random(20261128);
        string[] syllables = ["ryon", "bong", "nam", "gang", "kum", "san", "song", "chol", "hyok", "sin", "tan", "gun", "pyong", "yang", "chong", "jin", "mun", "hae", "kwang", "myong", "pae", "sol", "rung", "do", "su", "il", "hung", "ri", "jong", "un"];
        string[] kinds = ["Trading Corporation", "General Corporation", "Shipping Company", "Mining Company", "Industrial Group", "Co., Ltd.", "LLC"];
        string[] surnames = ["Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Connelly", "Stoltenberg", "Runolfsdottir", "Hahn"];
        string Pick(string[] a) => a[random.Next(a.Length)];
        string Word() => Pick(syllables) + Pick(syllables);
        var entries = Enumerable.Range(0, 2000).Select(i => new ListEntry
        {
            List = "G",
            EntryId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Kind = i % 7 == 0 ? EntryKind.Individual : EntryKind.Entity,
            Name = i % 7 == 0 ? $"{Pick(surnames)}, {Pick(syllables)} {Pick(syllables)}".ToUpperInvariant()
                : $"{(random.Next(2) == 0 ? "Korea " : Pick(surnames) + " ")}{Word()} {Pick(kinds)}".ToUpperInvariant(),
            Aliases = random.Next(3) == 0 ? [$"{Word()} {Pick(kinds)}"] : [],
        }).ToList();
        var index = ScreeningIndex.Build(entries);
        // Variants of listed names (cut short, split, re-ordered, misspelt, romanized differently) and unrelated names.
        var queries = Enumerable.Range(0, 300).Select(_ =>
        {
            var name = entries[random.Next(entries.Count)].Name;
            var words = name.Split(' ');
            return random.Next(6) switch
            {
                0 => string.Join(' ', words.Select(w => w.Length > 6 ? w[..(w.Length - 2)] : w)),
                1 => string.Join(' ', words.Reverse()),
                2 => name.Replace("RYON", "YON", StringComparison.Ordinal).Replace("CH", "J", StringComparison.Ordinal),
                3 => string.Join(' ', words.Select(w => w.Length > 5 ? w[..3] + " " + w[3..] : w)),
                4 => name.Remove(random.Next(name.Length), 1),
                _ => $"{Pick(surnames)} {Pick(syllables)}{Pick(["tex", "ville", "berg"])} Ltd",
            };
        }).ToList();

        int hits = 0, kept = 0;
        var missed = new List<string>();
        foreach (var query in queries)
        {
            var q = new ScreeningQuery(query);
            var all = index.ScreenAll(q, ScreeningDefaults.Threshold, 50);
            var fast = index.Screen(q, ScreeningDefaults.Threshold, 50);
            hits += all.Count;
            foreach (var m in all)
            {
                var same = fast.FirstOrDefault(f => f.Entry.Reference == m.Entry.Reference);
                if (same is not null && same.Score == m.Score) kept++;
                else missed.Add($"{query} -> {m.MatchedName} {m.Score}");
            }
            // Nothing the index reports is missing from, or scored differently by, the full scan.
            Assert.All(fast, f => Assert.Contains(all, m => m.Entry.Reference == f.Entry.Reference && m.Score == f.Score));
        }
        output.WriteLine($"{queries.Count} queries, {hits} hits of the full scan, index kept {kept}");
        foreach (var m in missed) output.WriteLine("missed: " + m);
        Assert.True(hits > 200, $"the variants should produce many hits, got {hits}");
        Assert.True(kept >= 0.995 * hits, $"index kept {kept} of {hits} hits: {string.Join("; ", missed.Take(5))}");
    }

    private static List<string> Describe(IReadOnlyList<ScreeningMatch> matches) =>
        [.. matches.Select(m => $"{m.Entry.Reference} {m.Score} {m.MatchedName} {string.Join(" | ", m.Features.Select(f => f.Detail))}")];
}
