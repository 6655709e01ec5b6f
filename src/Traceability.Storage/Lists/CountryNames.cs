using System.Text;
using Traceability.Core.Schema;

namespace Traceability.Storage.Lists;

/// <summary>
/// Country names as lists write them (OFAC's "Korea, North", DOL's "Congo, Democratic Republic of the (DRC)",
/// flag states such as "Democratic People's Republic of Korea") mapped to ISO 3166-1 alpha-2. The one table every
/// list parser uses. Lookup ignores case, accents, punctuation and a leading "the". Names of places without an
/// assigned alpha-2 code (Kosovo, Soviet Union, Yugoslavia, Netherlands Antilles, "Region: Crimea") are left out
/// on purpose: they map to nothing rather than to a guess. The table is data: <c>Lists/country-names.txt</c>.
/// </summary>
public static class CountryNames
{
    // Latin letters with marks, folded by hand: string.Normalize does nothing under InvariantGlobalization.
    private const string Accented = "àáâãäåāçćčèéêëēěìíîïīñńòóôõöøōùúûüūýÿžšřłđ";
    private const string Folded = "aaaaaaacccceeeeeeiiiiinnoooooooouuuuuyyzsrld";

    private const string Resource = "Traceability.Storage.Lists.country-names.txt";

    private static readonly string[][] Rows = Load();

    private static readonly Dictionary<string, string> ByName = Build();

    /// <summary>The alpha-2 code for a country name, or null when the name is not a country the table knows.</summary>
    public static string? ToIso(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return ByName.GetValueOrDefault(Key(name));
    }

    /// <summary>An alpha-2 code in any case, upper-cased, or null when it is not an assigned code.</summary>
    public static string? FromCode(string? code)
    {
        var c = code?.Trim().ToUpperInvariant();
        return c is { Length: 2 } && IsoCountries.IsValid(c) ? c : null;
    }

    /// <summary>Every name the table holds for a code (for tests and diagnostics).</summary>
    public static IEnumerable<string> NamesOf(string code) => Rows.Where(p => p[0] == code).SelectMany(p => p.Skip(1));

    private static string[][] Load()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#')).Select(l => l.Split('|')).ToArray();
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parts in Rows)
        {
            if (!IsoCountries.IsValid(parts[0])) throw new InvalidOperationException($"CountryNames: '{parts[0]}' is not an ISO alpha-2 code");
            foreach (var name in parts.Skip(1))
                if (map.TryGetValue(Key(name), out var other) && other != parts[0]) throw new InvalidOperationException($"CountryNames: '{name}' names both {other} and {parts[0]}");
                else map[Key(name)] = parts[0];
        }
        return map;
    }

    private static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = true;
        foreach (var raw in name.Trim().ToLowerInvariant())
        {
            var i = Accented.IndexOf(raw, StringComparison.Ordinal);
            var ch = i >= 0 ? Folded[i] : raw;
            if (ch is '\'' or '\u2019' or '\u2018' or '`') continue;
            if (ch == '&') { sb.Append(space ? "and " : " and "); space = true; continue; }
            if (char.IsAsciiLetterOrDigit(ch)) { sb.Append(ch); space = false; }
            else if (!space) { sb.Append(' '); space = true; }
        }
        var key = sb.ToString().TrimEnd();
        if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
        if (key.StartsWith("st ", StringComparison.Ordinal)) key = "saint " + key[3..];
        return key;
    }
}
