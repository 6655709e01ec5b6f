using System.Globalization;
using F23.StringSimilarity;

namespace Traceability.Core.Screening;

/// <summary>
/// Scores two names: tokens aligned by Jaro-Winkler similarity (and by romanization-folded keys), each token
/// weighted by how rare it is in the list (generic words such as Korea, General, Trading weigh little), combined as a
/// weighted Dice coefficient. A name that agrees only on generic words is capped below any sensible threshold.
/// Weak aliases match only as whole names.
/// </summary>
internal sealed class NameScorer(Func<string, double> weight)
{
    private static readonly JaroWinkler Jw = new();

    /// <summary>Below this score a name match is not reported at all.</summary>
    public const double GenericCap = 0.5;

    private const double ConflictWeight = 0.35;

    private const double QualifierWeight = 0.1;

    public (double Score, string Detail) Score(string[] q, string[] qf, IndexedName c) => Score(q, qf, q, c);

    /// <param name="q">Query tokens.</param>
    /// <param name="qf">Folded query tokens.</param>
    /// <param name="qInitials">Query words for initials.</param>
    /// <param name="c">The listed name.</param>
    public (double Score, string Detail) Score(string[] q, string[] qf, string[] qInitials, IndexedName c)
    {
        var (ct, cf) = (c.Tokens, c.Folded);
        (q, qf) = MergeSplitWords(q, qf, ct, cf);
        (ct, cf) = MergeSplitWords(ct, cf, q, qf);
        c = c with { Tokens = ct, Folded = cf };
        // The same letters split differently ("Ryon Bong" and "Ryonbong").
        if (q.Length != c.Tokens.Length && (string.Concat(q) == string.Concat(c.Tokens) || string.Concat(qf) == string.Concat(c.Folded))
            && q.Concat(c.Tokens).Any(t => !NameNormalizer.IsGeneric(t)))
            return (c.Weak ? 0.92 : 0.97, $"'{string.Join(' ', q)}' ~ '{c.Text}' ({c.Role}): the same letters split into words differently");
        var pairs = new List<(int I, int J, double S, string How)>();
        for (var i = 0; i < q.Length; i++)
            for (var j = 0; j < c.Tokens.Length; j++)
            {
                var (s, how) = TokenSimilarity(q[i], qf[i], c.Tokens[j], c.Folded[j]);
                if (s > 0) pairs.Add((i, j, s, how));
            }
        pairs.Sort((a, b) => b.S.CompareTo(a.S));
        var qi = new double[q.Length];
        var cj = new double[c.Tokens.Length];
        var usedQ = new bool[q.Length];
        var usedC = new bool[c.Tokens.Length];
        var parts = new List<string>();
        var distinctive = 0.0;
        foreach (var (i, j, s, how) in pairs)
        {
            if (usedQ[i] || usedC[j]) continue;
            usedQ[i] = usedC[j] = true;
            qi[i] = cj[j] = s;
            var generic = NameNormalizer.IsGeneric(q[i]) || NameNormalizer.IsGeneric(c.Tokens[j]);
            if (!generic) distinctive += s * weight(c.Tokens[j]);
            parts.Add($"{q[i]}{how}{c.Tokens[j]}{(generic ? " (generic)" : "")}");
        }
        // An unmatched token that spells the initials of the other name is that name's abbreviation ("(TCB)").
        for (var i = 0; i < q.Length; i++)
            if (!usedQ[i] && IsInitialsOf(q[i], c.Initials)) { usedQ[i] = true; qi[i] = 1; parts.Add($"{q[i]} = initials"); }
        for (var j = 0; j < c.Tokens.Length; j++)
            if (!usedC[j] && IsInitialsOf(c.Tokens[j], qInitials)) { usedC[j] = true; cj[j] = 1; parts.Add($"{c.Tokens[j]} = initials"); }
        // Unmatched generic words on both sides are different descriptors (Mining against Commercial Bank): they count more.
        var conflict = usedQ.Any(u => !u) && usedC.Any(u => !u);
        double W(string t, bool used) => !used && conflict && NameNormalizer.IsGeneric(t) ? ConflictWeight : weight(t);
        double num = 0, den = 0;
        for (var i = 0; i < q.Length; i++) { var w = W(q[i], usedQ[i]); num += w * qi[i]; den += w; }
        for (var j = 0; j < c.Tokens.Length; j++)
        {
            var w = !usedC[j] && c.Qualifiers.Contains(c.Tokens[j]) ? QualifierWeight : W(c.Tokens[j], usedC[j]);
            num += w * cj[j];
            den += w;
        }
        var score = den == 0 ? 0 : num / den;
        // The whole listed name agrees, and the query adds at most generic words (EXTERNAL CONSTRUCTION BUREAU (DPRK)).
        var whole = c.Tokens.Where((t, j) => !usedC[j]).All(c.Qualifiers.Contains) && q.Where((t, i) => !usedQ[i]).All(NameNormalizer.IsGeneric);
        if (whole && distinctive < 0.25) score = Math.Max(score, 0.9);
        var unmatched = q.Where((t, i) => !usedQ[i]).Concat(c.Tokens.Where((t, j) => !usedC[j])).ToList();
        var detail = $"'{string.Join(' ', q)}' ~ '{c.Text}' ({c.Role}): {string.Join(", ", parts)}{(unmatched.Count > 0 ? "; unmatched: " + string.Join(", ", unmatched) : "")}";
        if (distinctive < 0.25 && !whole)
            return (Math.Min(score, GenericCap), detail + "; only generic words agree");
        if (c.Weak && (usedQ.Any(u => !u) || usedC.Any(u => !u)))
            return (Math.Min(score, GenericCap), detail + "; a weak alias matches only as a whole name");
        if (c.Weak) score *= 0.95;
        return (score, detail);
    }

    private static bool IsContraction(string shortForm, string word)
    {
        if (!NameNormalizer.IsGeneric(word) || shortForm.Length < 3 || shortForm.Length + 2 > word.Length || shortForm[0] != word[0]) return false;
        var k = 0;
        foreach (var ch in word) if (k < shortForm.Length && ch == shortForm[k]) k++;
        return k == shortForm.Length;
    }

    // True when the token spells the first letters of two or more consecutive words (TCB, XPCC, MOP).
    private static bool IsInitialsOf(string token, string[] words)
    {
        if (token.Length < 2 || token.Any(char.IsDigit)) return false;
        for (var start = 0; start + token.Length <= words.Length; start++)
        {
            var ok = true;
            for (var k = 0; k < token.Length && ok; k++) ok = words[start + k].Length > 0 && words[start + k][0] == token[k];
            if (ok) return true;
        }
        return false;
    }

    // Joins adjacent tokens of a that together spell one token of b ("ryon bong" against "ryonbong").
    private static (string[], string[]) MergeSplitWords(string[] a, string[] af, string[] b, string[] bf)
    {
        if (a.Length < 2) return (a, af);
        List<string>? tokens = null;
        List<string>? folded = null;
        for (var i = 0; i < a.Length; i++)
        {
            if (i + 1 < a.Length)
            {
                var joined = a[i] + a[i + 1];
                var joinedFold = af[i] + af[i + 1];
                if (Array.IndexOf(b, joined) >= 0 || Array.IndexOf(bf, joinedFold) >= 0 || Array.IndexOf(bf, Romanization.Fold(joined)) >= 0)
                {
                    tokens ??= [.. a[..i]];
                    folded ??= [.. af[..i]];
                    tokens.Add(joined);
                    folded.Add(Romanization.Fold(joined));
                    i++;
                    continue;
                }
            }
            tokens?.Add(a[i]);
            folded?.Add(af[i]);
        }
        return tokens is null ? (a, af) : ([.. tokens], [.. folded!]);
    }

    // Similarity of two tokens in [0, 1], sharpened so that near misses between distinctive words count little.
    private static (double, string) TokenSimilarity(string a, string af, string b, string bf)
    {
        if (a == b) return (1, "=");
        var digits = a.Any(char.IsDigit) || b.Any(char.IsDigit);
        if (digits) return (0, "");
        if (af == bf && af.Length >= 2) return (0.95, "≈");
        if (a.Length < 3 || b.Length < 3) return (0, "");
        // A word cut short: Gen. for General, Ext. for External.
        if ((a.Length + 2 <= b.Length && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length + 2 <= a.Length && a.StartsWith(b, StringComparison.Ordinal)))
            return (0.85, " abbreviates ");
        // A business word contracted to some of its letters: Mgmt, Trdg, Grp, Mfg, Intl.
        if (IsContraction(a, b) || IsContraction(b, a)) return (0.85, " contracts ");
        var jw = Math.Max(Jw.Similarity(a, b), 0.98 * Jw.Similarity(af, bf));
        if (jw < 0.88) return (0, "");
        var sharp = (jw - 0.8) / 0.2;
        return (sharp, $"~{sharp.ToString("0.00", CultureInfo.InvariantCulture)}~");
    }
}
