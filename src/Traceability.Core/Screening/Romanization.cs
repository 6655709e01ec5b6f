using System.Text;

namespace Traceability.Core.Screening;

/// <summary>
/// Folds the spelling differences between romanizations of Korean (McCune-Reischauer in the North, Revised
/// Romanization in the South, and ad hoc spellings): the initial liquid (Ryonbong / Yonbong, Rungrado / Ryungrado,
/// Ri / Yi), aspiration marks (ph, th, kh), voicing (g/k, b/p, d/t, j/ch), vowel spellings (eo / o, eu / u, oo / u) and
/// doubled letters. Used as a second key beside the plain token, never instead of it.
/// </summary>
public static class Romanization
{
    /// <summary>The folded key of one lower-case token.</summary>
    public static string Fold(string token)
    {
        if (Surnames.TryGetValue(token, out var surname)) return surname;
        var t = token;
        // Initial liquid or nasal before y or a vowel: r, ry, l, ly, n, ny at the start are dropped.
        if (t.Length > 3 && (t[0] is 'r' or 'l'))
            t = t[1] == 'y' ? t[2..] : IsVowel(t[1]) ? t[1..] : t;
        else if (t.Length > 3 && t[0] == 'y' && IsVowel(t[1]))
            t = t[1..];
        var sb = new StringBuilder(t.Length);
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            var next = i + 1 < t.Length ? t[i + 1] : '\0';
            switch (c)
            {
                case 'p' or 't' or 'k' when next == 'h':
                    sb.Append(c);
                    i++;
                    continue;
                case 'c' when next == 'h':
                    sb.Append('j');
                    i++;
                    continue;
                case 's' when next == 'h':
                    sb.Append('s');
                    i++;
                    continue;
                case 'e' when next is 'o' or 'u':
                    sb.Append(next == 'o' ? 'o' : 'u');
                    i++;
                    continue;
                case 'o' when next == 'o':
                    sb.Append('u');
                    i++;
                    continue;
                case 'g': sb.Append('k'); continue;
                case 'b': sb.Append('p'); continue;
                case 'd': sb.Append('t'); continue;
            }
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    // Common surnames whose spellings differ beyond the rules above.
    private static readonly Dictionary<string, string> Surnames = new(StringComparer.Ordinal)
    {
        ["ri"] = "ri", ["rhee"] = "ri", ["lee"] = "ri", ["yi"] = "ri", ["rhi"] = "ri", ["li"] = "ri",
        ["pak"] = "pak", ["park"] = "pak", ["bak"] = "pak",
        ["choe"] = "joe", ["choi"] = "joe", ["chwe"] = "joe",
        ["o"] = "o", ["oh"] = "o",
        ["ryu"] = "yu", ["yu"] = "yu", ["yoo"] = "yu", ["ryu"] = "yu",
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
