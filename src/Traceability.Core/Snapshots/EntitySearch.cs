using System.Runtime.CompilerServices;
using Traceability.Core.Screening;

namespace Traceability.Core.Snapshots;

/// <summary>
/// Finds nodes by id, name or alias: every word of the query must start a word of the node's name, an alias or its
/// id. Built once per snapshot, on first use.
/// </summary>
public sealed class EntitySearch
{
    private static readonly ConditionalWeakTable<GraphSnapshot, EntitySearch> Cache = [];

    private readonly GraphSnapshot _graph;
    private readonly string[] _tokens;
    private readonly int[][] _postings;

    private EntitySearch(GraphSnapshot graph)
    {
        _graph = graph;
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in graph.AttributesOf(v).Aliases.Prepend(graph.NameOf(v)).Append(graph.IdOf(v).Value))
                foreach (var t in NameNormalizer.Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add(t);
            foreach (var w in words)
            {
                if (!map.TryGetValue(w, out var list)) map[w] = list = [];
                list.Add(v);
            }
        }
        _tokens = [.. map.Keys.Order(StringComparer.Ordinal)];
        _postings = [.. _tokens.Select(t => map[t].ToArray())];
    }

    /// <summary>The search index of a snapshot.</summary>
    public static EntitySearch For(GraphSnapshot graph) => Cache.GetValue(graph, g => new EntitySearch(g));

    /// <summary>Matching nodes, best first: exact id, exact name, name starting with the query, then the rest; by name within each.</summary>
    public (int Total, IReadOnlyList<int> Page) Search(string query, NodeKind? kind, string? country, int offset, int limit)
    {
        var words = NameNormalizer.Clean(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new QueryException("q", "must contain a letter or digit");
        HashSet<int>? hits = null;
        foreach (var w in words)
        {
            var found = new HashSet<int>();
            var i = LowerBound(w);
            for (; i < _tokens.Length && _tokens[i].StartsWith(w, StringComparison.Ordinal); i++)
                foreach (var v in _postings[i]) found.Add(v);
            if (hits is null) hits = found;
            else hits.IntersectWith(found);
            if (hits.Count == 0) break;
        }
        var key = string.Join(' ', words);
        var ranked = hits!
            .Where(v => (kind is null || _graph.KindOf(v) == kind) && (country is null || Country(v) == country))
            .Select(v => (V: v, Rank: Rank(v, query, key)))
            .OrderBy(x => x.Rank).ThenBy(x => _graph.NameOf(x.V), StringComparer.OrdinalIgnoreCase).ThenBy(x => x.V)
            .Select(x => x.V).ToList();
        return (ranked.Count, ranked.Skip(offset).Take(limit).ToList());
    }

    private string? Country(int v)
    {
        var a = _graph.AttributesOf(v);
        return a.Country ?? a.Nationality ?? a.Flag;
    }

    private int Rank(int v, string query, string key)
    {
        if (string.Equals(_graph.IdOf(v).Value, query.Trim(), StringComparison.OrdinalIgnoreCase)) return 0;
        var name = string.Join(' ', NameNormalizer.Clean(_graph.NameOf(v)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name == key) return 1;
        return name.StartsWith(key, StringComparison.Ordinal) ? 2 : 3;
    }

    private int LowerBound(string word)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (string.CompareOrdinal(_tokens[mid], word) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
