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

    /// <param name="query">The query's tokens, prepared.</param>
    /// <param name="qInitials">Query words for initials.</param>
    /// <param name="c">The listed name.</param>
    /// <param name="explain">Whether to write the explanation; without it <c>Detail</c> is empty (screening scores every
    /// candidate and explains only the matches it reports: the text was most of the cost of a candidate).</param>
    /// <param name="similarities">Token similarities already computed for this query, reused across candidates.</param>
    public (double Score, string Detail) Score(NameTokens query, string[] qInitials, IndexedName c, bool explain,
        Dictionary<(string, string), (double, string)>? similarities = null)
    {
        var (q, qf) = MergeSplitWords(query, c.Prepared.Tokens, c.Prepared.Folded);
        var (ct, cf) = MergeSplitWords(c.Prepared, q, qf);
        var mergedQ = !ReferenceEquals(q, query.Tokens);
        var mergedC = !ReferenceEquals(ct, c.Prepared.Tokens);
        // The same letters split differently ("Ryon Bong" and "Ryonbong"). Merging keeps the plain letters, not the folded.
        if (q.Length != ct.Length
            && (query.Concat == c.Prepared.Concat
                || (mergedQ ? string.Concat(qf) : query.ConcatFolded) == (mergedC ? string.Concat(cf) : c.Prepared.ConcatFolded))
            && q.Concat(ct).Any(t => !NameNormalizer.IsGeneric(t)))
            return (c.Weak ? 0.92 : 0.97, explain ? $"'{string.Join(' ', q)}' ~ '{c.Text}' ({c.Role}): the same letters split into words differently" : "");
        // Small names (nearly all) are scored in stack memory: this runs for every candidate of every query.
        var n = q.Length * ct.Length;
        Span<(int I, int J, double S)> pairs = n <= 256 ? stackalloc (int, int, double)[n] : new (int, int, double)[n];
        var count = 0;
        for (var i = 0; i < q.Length; i++)
            for (var j = 0; j < ct.Length; j++)
            {
                var (s, _) = Similarity(q[i], qf[i], ct[j], cf[j], similarities);
                if (s > 0) pairs[count++] = (i, j, s);
            }
        // Best pairs first; ties in query order, then listed order. Insertion sort: a handful of pairs.
        for (var a = 1; a < count; a++)
        {
            var x = pairs[a];
            var b = a - 1;
            for (; b >= 0 && Before(x, pairs[b]); b--) pairs[b + 1] = pairs[b];
            pairs[b + 1] = x;
        }
        Span<double> qi = q.Length <= 64 ? stackalloc double[q.Length] : new double[q.Length];
        Span<double> cj = ct.Length <= 64 ? stackalloc double[ct.Length] : new double[ct.Length];
        Span<bool> usedQ = q.Length <= 64 ? stackalloc bool[q.Length] : new bool[q.Length];
        Span<bool> usedC = ct.Length <= 64 ? stackalloc bool[ct.Length] : new bool[ct.Length];
        var parts = explain ? new List<string>() : null;
        var distinctive = 0.0;
        foreach (var (i, j, s) in pairs[..count])
        {
            if (usedQ[i] || usedC[j]) continue;
            usedQ[i] = usedC[j] = true;
            qi[i] = cj[j] = s;
            var generic = NameNormalizer.IsGeneric(q[i]) || NameNormalizer.IsGeneric(ct[j]);
            if (!generic) distinctive += s * weight(ct[j]);
            parts?.Add($"{q[i]}{TokenSimilarity(q[i], qf[i], ct[j], cf[j]).Item2}{ct[j]}{(generic ? " (generic)" : "")}");
        }
        // An unmatched token that spells the initials of the other name is that name's abbreviation ("(TCB)").
        for (var i = 0; i < q.Length; i++)
            if (!usedQ[i] && IsInitialsOf(q[i], c.Initials)) { usedQ[i] = true; qi[i] = 1; parts?.Add($"{q[i]} = initials"); }
        for (var j = 0; j < ct.Length; j++)
            if (!usedC[j] && IsInitialsOf(ct[j], qInitials)) { usedC[j] = true; cj[j] = 1; parts?.Add($"{ct[j]} = initials"); }
        var allQ = !usedQ.Contains(false);
        var allC = !usedC.Contains(false);
        // Unmatched generic words on both sides are different descriptors (Mining against Commercial Bank): they count more.
        var conflict = !allQ && !allC;
        double num = 0, den = 0;
        var whole = true;
        for (var i = 0; i < q.Length; i++)
        {
            var w = !usedQ[i] && conflict && NameNormalizer.IsGeneric(q[i]) ? ConflictWeight : weight(q[i]);
            num += w * qi[i];
            den += w;
            if (!usedQ[i] && !NameNormalizer.IsGeneric(q[i])) whole = false;
        }
        for (var j = 0; j < ct.Length; j++)
        {
            var qualifier = !usedC[j] && c.Qualifiers.Contains(ct[j]);
            var w = qualifier ? QualifierWeight : !usedC[j] && conflict && NameNormalizer.IsGeneric(ct[j]) ? ConflictWeight : weight(ct[j]);
            num += w * cj[j];
            den += w;
            if (!usedC[j] && !qualifier) whole = false;
        }
        var score = den == 0 ? 0 : num / den;
        // The whole listed name agrees (but for qualifiers), and the query adds at most generic words
        // (EXTERNAL CONSTRUCTION BUREAU (DPRK)).
        if (whole && distinctive < 0.25) score = Math.Max(score, 0.9);
        var detail = "";
        if (parts is not null)
        {
            var unmatched = new List<string>();
            for (var i = 0; i < q.Length; i++) if (!usedQ[i]) unmatched.Add(q[i]);
            for (var j = 0; j < ct.Length; j++) if (!usedC[j]) unmatched.Add(ct[j]);
            detail = $"'{string.Join(' ', q)}' ~ '{c.Text}' ({c.Role}): {string.Join(", ", parts)}{(unmatched.Count > 0 ? "; unmatched: " + string.Join(", ", unmatched) : "")}";
        }
        if (distinctive < 0.25 && !whole)
            return (Math.Min(score, GenericCap), explain ? detail + "; only generic words agree" : "");
        if (c.Weak && (!allQ || !allC))
            return (Math.Min(score, GenericCap), explain ? detail + "; a weak alias matches only as a whole name" : "");
        if (c.Weak) score *= 0.95;
        return (score, detail);
    }

    private static bool Before((int I, int J, double S) x, (int I, int J, double S) y) =>
        x.S > y.S || (x.S == y.S && (x.I < y.I || (x.I == y.I && x.J < y.J)));

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
        if (token.Length < 2 || NameNormalizer.HasDigit(token)) return false;
        for (var start = 0; start + token.Length <= words.Length; start++)
        {
            var ok = true;
            for (var k = 0; k < token.Length && ok; k++) ok = words[start + k].Length > 0 && words[start + k][0] == token[k];
            if (ok) return true;
        }
        return false;
    }

    // Joins adjacent tokens of a that together spell one token of b ("ryon bong" against "ryonbong"); a's own arrays
    // when nothing joins.
    private static (string[], string[]) MergeSplitWords(NameTokens a, string[] b, string[] bf)
    {
        var (at, af) = (a.Tokens, a.Folded);
        if (at.Length < 2) return (at, af);
        List<string>? tokens = null;
        List<string>? folded = null;
        for (var i = 0; i < at.Length; i++)
        {
            if (i + 1 < at.Length
                && (Array.IndexOf(b, a.Joined[i]) >= 0 || Array.IndexOf(bf, a.JoinedFolds[i]) >= 0 || Array.IndexOf(bf, a.FoldsOfJoined[i]) >= 0))
            {
                tokens ??= [.. at[..i]];
                folded ??= [.. af[..i]];
                tokens.Add(a.Joined[i]);
                folded.Add(a.FoldsOfJoined[i]);
                i++;
                continue;
            }
            tokens?.Add(at[i]);
            folded?.Add(af[i]);
        }
        return tokens is null ? (at, af) : ([.. tokens], [.. folded!]);
    }

    private static (double, string) Similarity(string a, string af, string b, string bf, Dictionary<(string, string), (double, string)>? cache)
    {
        if (cache is null) return TokenSimilarity(a, af, b, bf);
        // The folded forms follow from the tokens, so the pair of tokens is the key.
        if (!cache.TryGetValue((a, b), out var s)) cache[(a, b)] = s = TokenSimilarity(a, af, b, bf);
        return s;
    }

    // Similarity of two tokens in [0, 1], sharpened so that near misses between distinctive words count little.
    private static (double, string) TokenSimilarity(string a, string af, string b, string bf)
    {
        if (a == b) return (1, "=");
        var digits = NameNormalizer.HasDigit(a) || NameNormalizer.HasDigit(b);
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
