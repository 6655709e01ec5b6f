using System.Globalization;
using System.Text;

namespace Traceability.Core.Reference;

/// <summary>
/// Matches goods and sectors by normalized name: case, punctuation and plural endings ignored,
/// a parenthetical is an alternative name ("cobalt ore (heterogenite)" matches "cobalt ore" and "heterogenite"),
/// a slash separates alternatives ("thread/yarn").
/// </summary>
public static class GoodsMatcher
{
    private static readonly HashSet<string> GenericSectorWords = new(StringComparer.Ordinal)
    {
        "processing", "manufacturing", "production", "industry", "products", "and", "of",
    };

    /// <summary>Every normalized name a list entry answers to.</summary>
    public static IEnumerable<string> Variants(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = name.LastIndexOf(')');
        var parts = new List<string>();
        if (open >= 0 && close > open)
        {
            parts.Add(name[..open] + name[(close + 1)..]);
            parts.Add(name[(open + 1)..close]);
        }
        else parts.Add(name);
        return parts.SelectMany(p => p.Split('/')).Select(Normalize).Where(s => s.Length > 0).Distinct();
    }

    /// <summary>Lower case, letters and digits only, single spaces, each word's plural 's' dropped.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular));
    }

    /// <summary>True when a facility's good is the listed good.</summary>
    public static bool GoodMatches(string listed, string good)
    {
        var g = Normalize(good);
        return g.Length > 0 && Variants(listed).Contains(g);
    }

    /// <summary>
    /// True when a facility's sector falls under a listed sector: equal, or one's words all appear in the
    /// other once generic words (processing, manufacturing...) are set aside ("seafood" and "seafood processing").
    /// </summary>
    public static bool SectorMatches(string listed, string sector)
    {
        var a = Words(listed);
        var b = Words(sector);
        if (a.Count == 0 || b.Count == 0) return false;
        return a.IsSubsetOf(b) || b.IsSubsetOf(a);
    }

    private static HashSet<string> Words(string text) =>
        new(Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !GenericSectorWords.Contains(w)), StringComparer.Ordinal);

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
