using System.Globalization;

namespace Traceability.Core.Screening;

/// <summary>
/// List entries indexed for screening. Candidates come from an inverted index of token keys (the token, its
/// romanization-folded form, the folded prefix, and adjacent tokens joined, so "Ryon Bong" finds "Ryonbong") and of
/// identifiers, so a query is compared with a few names rather than every name on every list. Generic words are not
/// indexed: they cannot carry a match anyway.
/// </summary>
public sealed class ScreeningIndex
{
    private readonly ListEntry[] _entries;
    private readonly List<IndexedName> _names = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    private readonly NameScorer _scorer;
    private readonly double _refIdf;
    private readonly System.Collections.Frozen.FrozenDictionary<string, double> _weights;

    private ScreeningIndex(IEnumerable<ListEntry> entries)
    {
        _entries = [.. entries];
        for (var e = 0; e < _entries.Length; e++)
        {
            var entry = _entries[e];
            Add(IndexedName.Create(e, entry.Name, "name"));
            foreach (var a in entry.Aliases.Distinct(StringComparer.Ordinal)) Add(IndexedName.Create(e, a, "alias"));
            foreach (var a in entry.WeakAliases.Distinct(StringComparer.Ordinal)) Add(IndexedName.Create(e, a, "weak alias"));
            foreach (var id in entry.Identifiers) Post($"id:{IdentifierType(id.Type)}:{NameNormalizer.IdentifierKey(id.Value)}", -1 - e);
        }
        _refIdf = Math.Log(1 + Math.Max(1, _names.Count) / 3.0);
        // Every listed token's weight once, rather than a logarithm per token per candidate.
        _weights = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(_df.Keys, t => t, ComputeWeight, StringComparer.Ordinal);
        _scorer = new NameScorer(Weight);
    }

    /// <summary>Entries indexed.</summary>
    public int Count => _entries.Length;

    /// <summary>Names indexed (primary names and aliases).</summary>
    public int NameCount => _names.Count;

    /// <summary>Builds the index.</summary>
    public static ScreeningIndex Build(IEnumerable<ListEntry> entries) => new(entries);

    /// <summary>Matches at or above <paramref name="threshold"/>, best first, at most one per entry.</summary>
    public IReadOnlyList<ScreeningMatch> Screen(ScreeningQuery query, double threshold, int limit = 10) =>
        Run(query, threshold, limit, Candidates(query));

    /// <summary>The same scoring against every name, without the index (the baseline the index is checked against).</summary>
    public IReadOnlyList<ScreeningMatch> ScreenAll(ScreeningQuery query, double threshold, int limit = 10) =>
        Run(query, threshold, limit, (Enumerable.Range(0, _names.Count), Enumerable.Range(0, _entries.Length)));

    private IReadOnlyList<ScreeningMatch> Run(ScreeningQuery query, double threshold, int limit, (IEnumerable<int> Names, IEnumerable<int> Entries) candidates)
    {
        var queryNames = (query.Aliases ?? []).Prepend(query.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToList();
        var prepared = queryNames.Select(n => (Text: n, Name: NameTokens.Of(NameNormalizer.Tokens(n)), Initials: NameNormalizer.InitialTokens(n))).ToList();
        var similarities = new Dictionary<(string, string), (double, string)>();
        var best = new Dictionary<int, (double Score, int Query, IndexedName Name)>();
        foreach (var id in candidates.Names)
        {
            var name = _names[id];
            for (var k = 0; k < prepared.Count; k++)
            {
                var (_, tokens, initials) = prepared[k];
                if (tokens.Tokens.Length == 0) continue;
                var (score, _) = _scorer.Score(tokens, initials, name, explain: false, similarities);
                if (!best.TryGetValue(name.Entry, out var b) || score > b.Score) best[name.Entry] = (score, k, name);
            }
        }
        foreach (var e in candidates.Entries)
            if (!best.ContainsKey(e)) best[e] = (0, -1, IndexedName.Create(e, _entries[e].Name, "name"));
        var matches = new List<ScreeningMatch>();
        foreach (var (e, b) in best)
        {
            var m = Judge(query, _entries[e], b.Score, b.Query < 0 ? query.Name : prepared[b.Query].Text, b.Name, "", threshold);
            if (!m.Above) continue;
            // Only what is reported is explained: the same scoring again, now writing the detail.
            var detail = b.Query < 0 ? "no name in common"
                : _scorer.Score(prepared[b.Query].Name, prepared[b.Query].Initials, b.Name, explain: true).Detail;
            matches.Add(m with { Features = [m.Features[0] with { Detail = detail }, .. m.Features.Skip(1)] });
        }
        return [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.Entry.Reference, StringComparer.Ordinal).Take(limit)];
    }

    private static ScreeningMatch Judge(ScreeningQuery q, ListEntry entry, double nameScore, string queryName, IndexedName name, string detail, double threshold)
    {
        var features = new List<FeatureScore> { new("name", Round(nameScore), detail) };
        var score = nameScore;
        foreach (var qid in q.Identifiers ?? [])
        {
            var type = IdentifierType(qid.Type);
            var listed = entry.Identifiers.Where(i => IdentifierType(i.Type) == type).ToList();
            if (listed.Count == 0) continue;
            var key = NameNormalizer.IdentifierKey(qid.Value);
            if (listed.Any(i => NameNormalizer.IdentifierKey(i.Value) == key))
            {
                score = type == "imo" ? Math.Max(score, 0.99) : Math.Max(score, nameScore >= 0.5 ? 0.95 : score + 0.3);
                features.Add(new("identifier", 1, $"{type} {qid.Value} equals the listed {type}: strong evidence"));
            }
            else
            {
                score *= type == "imo" ? 0.7 : 0.85;
                features.Add(new("identifier", 0, $"{type} {qid.Value} differs from the listed {string.Join(", ", listed.Select(i => i.Value))}"));
            }
        }
        if (q.Country is { Length: 2 } country && entry.Countries.Count > 0)
        {
            var agree = entry.Countries.Contains(country.ToUpperInvariant());
            var effect = agree ? 0.03 : -0.05;
            score += effect;
            features.Add(new("country", effect, agree ? $"{country} is among the entry's countries ({string.Join(", ", entry.Countries)})"
                : $"{country} is not among the entry's countries ({string.Join(", ", entry.Countries)})"));
        }
        if (q.Kind is { } kind && kind != entry.Kind && !(kind == EntryKind.Entity && entry.Kind == EntryKind.Vessel))
        {
            score *= 0.85;
            features.Add(new("kind", 0.85, $"query is {kind}, entry is {entry.Kind}"));
        }
        score = Math.Clamp(score, 0, 1);
        return new ScreeningMatch(entry, Round(score), threshold, queryName, name.Text, features);
    }

    private (IEnumerable<int> Names, IEnumerable<int> Entries) Candidates(ScreeningQuery query)
    {
        var names = new HashSet<int>();
        var entries = new HashSet<int>();
        foreach (var n in (query.Aliases ?? []).Prepend(query.Name))
        {
            var tokens = NameNormalizer.Tokens(n);
            foreach (var key in Keys(tokens).Concat(QueryOnlyKeys(tokens)))
                if (_postings.TryGetValue(key, out var list))
                    foreach (var x in list) names.Add(x);
        }
        foreach (var id in query.Identifiers ?? [])
            if (_postings.TryGetValue($"id:{IdentifierType(id.Type)}:{NameNormalizer.IdentifierKey(id.Value)}", out var list))
                foreach (var x in list) entries.Add(-1 - x);
        return (names, entries);
    }

    private void Add(IndexedName name)
    {
        var id = _names.Count;
        _names.Add(name);
        foreach (var t in name.Tokens.Distinct()) _df[t] = _df.GetValueOrDefault(t) + 1;
        foreach (var key in Keys(name.Tokens)) Post(key, id);
        foreach (var key in IndexOnlyKeys(name.Tokens)) Post(key, id);
    }

    private void Post(string key, int id)
    {
        if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = [];
        if (list.Count == 0 || list[^1] != id) list.Add(id);
    }

    // Keys of a token list, the same for listed names and queries: distinctive tokens, their folded forms, plain and
    // folded prefixes and plain suffixes (a typo or a romanization difference inside a long word keeps one of them),
    // and adjacent words joined, plain and folded.
    private static IEnumerable<string> Keys(string[] tokens)
    {
        if (tokens.Length is >= 1 and <= 5) yield return "a:" + string.Concat(tokens);
        // A name of generic words only is reachable through all of them.
        var allGeneric = tokens.All(NameNormalizer.IsGeneric);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            // Two words written as one ("Ryon Bong", "Ryonbong"); two generic words joined would reach half the list.
            if (i + 1 < tokens.Length && (allGeneric || !NameNormalizer.IsGeneric(t) || !NameNormalizer.IsGeneric(tokens[i + 1])))
            {
                yield return "j:" + t + tokens[i + 1];
                yield return "k:" + Romanization.Fold(t + tokens[i + 1]);
            }
            if (NameNormalizer.IsGeneric(t) && !allGeneric) continue;
            yield return "t:" + t;
            var f = Romanization.Fold(t);
            yield return "f:" + f;
            if (f.Length >= 4) yield return "p:" + f[..4];
            if (t.Length >= 5)
            {
                yield return "r:" + t[..4];
                yield return "s:" + t[^4..];
            }
            if (t.Length >= 6)
            {
                yield return "j:" + t;
                yield return "k:" + f;
            }
        }
    }

    // Keys only listed names carry: the prefixes a query may cut a word to ("Gen" for "Genco"), and, for a name of
    // generic words only, each of its words for queries that mix generic and distinctive words.
    private static IEnumerable<string> IndexOnlyKeys(string[] tokens)
    {
        foreach (var t in tokens.Distinct())
            if (!NameNormalizer.IsGeneric(t) && !NameNormalizer.HasDigit(t))
                for (var k = MinAbbreviation; k + 2 <= t.Length; k++) yield return "x:" + t[..k];
        if (tokens.Length > 0 && tokens.All(NameNormalizer.IsGeneric))
            foreach (var t in tokens) yield return "g:" + t;
    }

    // Keys only queries look up: each query word as a prefix of a listed word ("x:"), each prefix of a query word as a
    // whole listed word ("t:": "Conn" listed, "Connelly" asked), and generic words against names of generic words only.
    private static IEnumerable<string> QueryOnlyKeys(string[] tokens)
    {
        foreach (var t in tokens.Distinct())
        {
            if (NameNormalizer.IsGeneric(t)) { yield return "g:" + t; continue; }
            if (t.Length < MinAbbreviation || NameNormalizer.HasDigit(t)) continue;
            yield return "x:" + t;
            for (var k = MinAbbreviation; k + 2 <= t.Length; k++) yield return "t:" + t[..k];
        }
    }

    // The scorer counts a word that begins another, two or more letters longer, as its abbreviation.
    private const int MinAbbreviation = 3;

    private double Weight(string token) => _weights.TryGetValue(token, out var w) ? w : ComputeWeight(token);

    private double ComputeWeight(string token)
    {
        if (NameNormalizer.IsGeneric(token)) return 0.1;
        var df = _df.GetValueOrDefault(token);
        if (df == 0) return 1;
        var idf = Math.Log(1 + _names.Count / (double)df);
        return Math.Clamp(idf / _refIdf, 0.25, 1);
    }

    private static string IdentifierType(string type)
    {
        var t = type.ToLowerInvariant();
        return t.Contains("imo", StringComparison.Ordinal) || t.Contains("vessel", StringComparison.Ordinal) ? "imo"
            : t.Contains("regist", StringComparison.Ordinal) ? "registration" : t;
    }

    private static double Round(double x) => Math.Round(x, 4, MidpointRounding.AwayFromZero);

    /// <summary>The entry with a given reference (LIST:ID), or null.</summary>
    public ListEntry? Find(string reference) => _entries.FirstOrDefault(e => e.Reference == reference);

    /// <summary>A threshold as printed.</summary>
    public static string Format(double threshold) => threshold.ToString("0.00", CultureInfo.InvariantCulture);
}
