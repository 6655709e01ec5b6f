using System.Text.RegularExpressions;
using Traceability.Core.Screening;

namespace Traceability.Storage.Lists;

/// <summary>
/// Reads the semi-structured items of OFAC Remarks (legacy CSV and sdn.xml): items are separated by ';' and the
/// text ends with '.'. Recognized: weak aliases <c>a.k.a. 'X'</c> (also f.k.a./n.k.a.), <c>Vessel Registration
/// Identification IMO n</c>, <c>Registration ID/Number n (Country)</c>, <c>Passport</c>, <c>National ID No.</c>,
/// <c>Tax ID No.</c>, <c>MMSI</c>, <c>nationality</c>/<c>citizen</c> and <c>Linked To: NAME</c>. Anything else
/// stays only in the remarks text.
/// </summary>
internal static partial class OfacRemarks
{
    public static void Apply(string remarks, EntryBuilder entry)
    {
        var items = remarks.Split(';');
        for (var i = 0; i < items.Length; i++)
        {
            var item = CleanItem(items[i], last: i == items.Length - 1);
            if (item.Length == 0) continue;
            Match m;
            if ((m = WeakAlias().Match(item)).Success) entry.AddWeakAlias(m.Groups["name"].Value);
            else if ((m = Imo().Match(item)).Success) entry.AddIdentifier("imo", m.Groups["n"].Value);
            else if ((m = Document().Match(item)).Success)
                entry.AddIdentifier(IdentifierType(m.Groups["type"].Value), m.Groups["v"].Value, CountryNames.ToIso(m.Groups["c"].Value));
            else if ((m = Mmsi().Match(item)).Success) entry.AddIdentifier("mmsi", m.Groups["n"].Value);
            else if ((m = Nationality().Match(item)).Success) entry.AddCountry(CountryNames.ToIso(m.Groups["c"].Value));
            else if ((m = LinkedTo().Match(item)).Success) entry.AddRelation(new EntryRelation("linked-to", EntryBuilder.Clean(m.Groups["name"].Value)!));
        }
    }

    /// <summary>Identifier type for an OFAC id type name: <c>imo</c>, <c>registration</c>, <c>passport</c>, <c>tax</c>, or the name itself.</summary>
    public static string IdentifierType(string ofacType) => ofacType.Trim() switch
    {
        "Vessel Registration Identification" => "imo",
        "Registration ID" or "Registration Number" => "registration",
        "Passport" => "passport",
        "Tax ID No." => "tax",
        "National ID No." => "national-id",
        "MMSI" => "mmsi",
        var other => other,
    };

    /// <summary>The seven digits of an IMO number written as <c>IMO 8703933</c> or <c>8703933</c>, else the text as given.</summary>
    public static string ImoDigits(string value)
    {
        var m = ImoValue().Match(value.Trim());
        return m.Success ? m.Groups["n"].Value : value.Trim();
    }

    private static string CleanItem(string raw, bool last)
    {
        var item = raw.Trim();
        // sdn.xml wraps some remarks in parentheses: "(Linked To: X)".
        if (item.StartsWith('(') && item.Count(c => c == '(') > item.Count(c => c == ')')) item = item[1..].Trim();
        if (last && item.EndsWith('.')) item = item[..^1].TrimEnd();
        if (item.EndsWith(')') && item.Count(c => c == ')') > item.Count(c => c == '(')) item = item[..^1].Trim();
        if (last && item.EndsWith('.') && !item.EndsWith("'.", StringComparison.Ordinal)) item = item[..^1].TrimEnd();
        return item;
    }

    [GeneratedRegex(@"^[afn]\.k\.a\.,?\s*'(?<name>.+)'$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakAlias();

    [GeneratedRegex(@"^Vessel Registration Identification\s+IMO\s*(?<n>\d{7})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imo();

    [GeneratedRegex(@"^(?:IMO\s*)?(?<n>\d{7})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImoValue();

    [GeneratedRegex(@"^(?<type>Registration ID|Registration Number|Passport|National ID No\.|Tax ID No\.)\s+(?<v>[^()]+?)\s*(?:\((?<c>[^()]+)\).*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Document();

    [GeneratedRegex(@"^MMSI\s+(?<n>\d{9})$", RegexOptions.CultureInvariant)]
    private static partial Regex Mmsi();

    [GeneratedRegex(@"^(?:nationality|citizen)\s+(?<c>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Nationality();

    [GeneratedRegex(@"^Linked To:\s*(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkedTo();
}
