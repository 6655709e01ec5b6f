using System.Text;
using System.Text.RegularExpressions;

namespace Traceability.Storage.Lists;

/// <summary>
/// Names embedded in free text, as the UFLPA Entity List and CBP's WRO table write them: alias parentheticals
/// such as "(including one alias: X)" or "(formerly known as X; and Y)", and lists of names such as
/// "A Co., Ltd., B Co., Ltd., and C Co., Ltd.". Parentheses nest ("(including one alias: Hesheng Silicon
/// Industry (Shanshan) Co.)"), so matching is done on text whose parenthesized parts are masked.
/// </summary>
internal static partial class EmbeddedNames
{
    /// <summary>Removes alias parentheticals at the top level and returns the text left and the aliases found.</summary>
    public static (string Text, List<string> Aliases) TakeAliasGroups(string text)
    {
        var aliases = new List<string>();
        var sb = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] == '(' ? MatchingClose(text, i) : -1;
            if (close < 0)
            {
                sb.Append(text[i++]);
                continue;
            }
            var inner = text[(i + 1)..close];
            var m = AliasGroup().Match(inner.Trim());
            if (m.Success) aliases.AddRange(SplitList(m.Groups["names"].Value));
            else sb.Append(text, i, close - i + 1);
            i = close + 1;
        }
        return (EntryBuilder.Clean(sb.ToString())!, aliases);
    }

    /// <summary>
    /// Splits a list of names on ';' when it has any (outside parentheses), else on ',' while keeping legal forms
    /// with their name ("Co., Ltd."); drops a leading "and" and a final period after a legal form is kept.
    /// </summary>
    public static List<string> SplitList(string list)
    {
        var masked = Mask(list);
        var separator = masked.Contains(';') ? ';' : ',';
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            if (i < list.Length && masked[i] != separator) continue;
            pieces.Add(list[start..i].Trim());
            start = i + 1;
        }
        var names = new List<string>();
        foreach (var raw in pieces)
        {
            var piece = LeadingAnd().Replace(raw, "").Trim();
            if (piece.Length == 0) continue;
            if (separator == ',' && names.Count > 0 && LegalForm().IsMatch(piece)) names[^1] += ", " + piece;
            else names.Add(piece);
        }
        return names.Select(n => EntryBuilder.Clean(n)!).Where(n => n.Length > 0).ToList();
    }

    /// <summary>The text with every character inside parentheses replaced by '_', same length, for matching at the top level.</summary>
    public static string Mask(string text)
    {
        var chars = text.ToCharArray();
        var depth = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '(') depth++;
            else if (chars[i] == ')' && depth > 0) depth--;
            else if (depth > 0) chars[i] = '_';
        }
        return new string(chars);
    }

    private static int MatchingClose(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    [GeneratedRegex(@"^(?:including\s+(?:[\w-]+\s+)?alias(?:es)?|also\s+known\s+as|formerly\s+known\s+as|previously\s+known\s+as|a/k/a|f/k/a|aka|fka)\b\s*:?\s*(?<names>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AliasGroup();

    [GeneratedRegex(@"^(?:and|include|includes|including)\b:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"^(?:co|ltd|limited|inc|llc|l\.l\.c|corp|plc|gmbh|jsc|pte|s\.?a|company\s+limited)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalForm();
}
