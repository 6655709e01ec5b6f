using System.Globalization;
using System.Text;

namespace Traceability.Core.Screening;

/// <summary>
/// Match keys for names: Unicode NFKC, diacritics removed, lower case, punctuation to spaces (apostrophes dropped),
/// legal forms and company suffixes removed (Corporation, Corp., Co., Ltd, LLC, CC, OOO, ZAO...).
/// </summary>
public static class NameNormalizer
{
    /// <summary>Legal forms and company suffixes, removed from match keys.</summary>
    public static readonly IReadOnlySet<string> LegalForms = new HashSet<string>(StringComparer.Ordinal)
    {
        "corporation", "corp", "co", "company", "companies", "ltd", "limited", "llc", "llp", "lp", "cc", "inc", "incorporated",
        "plc", "ooo", "zao", "oao", "pao", "ao", "jsc", "ojsc", "cjsc", "pjsc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa",
        "bv", "nv", "pte", "pty", "pvt", "private", "public", "kk", "jv", "sdn", "bhd", "tbk", "lda", "ltda", "fze", "fzco", "fzc",
        "the", "and", "of", "for", "s", "close", "no", "liability", "cos", "ооо", "зао", "оао", "пао", "ао", "тоо",
    };

    /// <summary>Words too common in sanctioned and trading names to carry a match on their own.</summary>
    public static readonly IReadOnlySet<string> GenericWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "korea", "korean", "north", "south", "dprk", "democratic", "people", "peoples", "republic", "general", "trading", "trade",
        "construction", "international", "industrial", "industry", "industrie", "development", "import", "export", "foreign",
        "national", "state", "joint", "venture", "enterprise", "commercial", "bureau", "association", "federation",
        "overseas", "china", "chinese", "hong", "kong", "shipping", "mining", "technology", "technologie", "service",
        "project", "holding", "investment", "bank", "group", "global", "logistics",
        "marine", "maritime", "economic", "external", "machinery", "equipment", "material", "product", "factory", "mineral",
        "metal", "textile", "garment", "seafood", "fishery", "fisherie", "food", "corporation", "management", "partner",
        "solution", "system", "world", "asia", "pacific", "east", "new",
        "united", "central", "first", "union", "unity", "branch", "office", "agency", "department", "ministry", "committee",
        "russia", "russian", "liaoning", "dandong", "shenyang", "beijing", "shanghai", "pyongyang",
    };

    /// <summary>Tokens of the match key, legal forms removed (all tokens kept when only legal forms remain).</summary>
    public static string[] Tokens(string name)
    {
        var all = Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = all.Select(Singular).Where(t => !LegalForms.Contains(t)).ToArray();
        return kept.Length > 0 ? kept : all;
    }

    private static string Singular(string t) =>
        t.Length > 4 && t.EndsWith("ies", StringComparison.Ordinal) ? t[..^3] + "y"
        : t.Length > 4 && t[^1] == 's' && t[^2] != 's' && !char.IsDigit(t[^2]) ? t[..^1] : t;

    /// <summary>
    /// Tokens for initials: every word but the, and, of, for ("Xinjiang Production and Construction Corps" gives x p c c).
    /// </summary>
    public static string[] InitialTokens(string name) =>
        Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t is not ("the" or "and" or "of" or "for")).ToArray();

    /// <summary>Tokens inside parentheses: qualifiers such as a place or a branch ("(Shanshan)", "(Namibia)").</summary>
    public static HashSet<string> QualifierTokens(string name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        var sb = new StringBuilder();
        foreach (var ch in name)
        {
            if (ch == '(') { depth++; continue; }
            if (ch == ')') { depth = Math.Max(0, depth - 1); sb.Append(' '); continue; }
            if (depth > 0) sb.Append(ch);
        }
        foreach (var t in Tokens(sb.ToString())) set.Add(t);
        return set;
    }

    /// <summary>The match key: tokens joined by single spaces.</summary>
    public static string Key(string name) => string.Join(' ', Tokens(name));

    /// <summary>NFKC, no diacritics, lower case, letters and digits only.</summary>
    public static string Clean(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var decomposed = nfkc.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (ch is '\'' or '\u2019' or '\u2018' or '`' or '\u02BB' or '\u02BC') continue;
            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True for words that must not carry a match.</summary>
    public static bool IsGeneric(string token) =>
        (token.Length <= 1 && !char.IsDigit(token[0])) || GenericOrSingular.Contains(token);

    // The generic words and, for those ending in s, the word without it: the scorer asks this for every token pair.
    private static readonly System.Collections.Frozen.FrozenSet<string> GenericOrSingular = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        GenericWords.Concat(GenericWords.Where(w => w.Length > 1 && w[^1] == 's').Select(w => w[..^1])), StringComparer.Ordinal);

    /// <summary>True when the token has a digit.</summary>
    internal static bool HasDigit(string token)
    {
        foreach (var ch in token) if (char.IsDigit(ch)) return true;
        return false;
    }

    /// <summary>Letters and digits of an identifier, upper case (IMO 8703933 -> 8703933; 2008/0598 -> 20080598).</summary>
    public static string IdentifierKey(string value)
    {
        var sb = new StringBuilder();
        foreach (var ch in value) if (char.IsLetterOrDigit(ch)) sb.Append(char.ToUpperInvariant(ch));
        var s = sb.ToString();
        return s.StartsWith("IMO", StringComparison.Ordinal) ? s[3..] : s;
    }
}
