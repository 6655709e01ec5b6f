using System.Globalization;
using System.Text.RegularExpressions;
using Traceability.Core.Graph;
using Traceability.Core.Screening;
using Traceability.Storage.Csv;

namespace Traceability.Storage.Lists;

/// <summary>
/// CBP withhold release orders and findings (the CSV behind cbp.gov's WRO page): <c>Calendar Year, Effective
/// Date (mm/dd/yyyy), Country Code, Country, Entity, Industry, WRO/Finding, Status, Remarks, Press Release</c>.
/// Entity and Country are required columns; the others may be absent. One entry a row: the Entity text's
/// "a/k/a" parts become aliases, and "Fishing Vessel: Da Wang" a vessel named Da Wang ("Vessels: A, B" gives one
/// entry per vessel). Programs are the WRO/Finding value and the status. Ids are name slugs. Not blocking.
/// </summary>
internal static partial class CbpWroParser
{
    public const string ListKey = "CBP-WRO";
    public const string Format = "cbp-wro";

    private const string EntityColumn = "Entity";
    private const string DateColumn = "Effective Date (mm/dd/yyyy)";

    public static ParsedList Parse(string path)
    {
        var errors = new List<ImportError>();
        var file = Path.GetFileName(path);
        var t = CsvTable.Read(path, [EntityColumn, "Country"], errors);
        if (errors.Count == 0 && t.Rows.Count == 0) errors.Add(new(file, 1, null, "the file has a header but no rows"));
        ListFiles.ThrowIfAny(errors);

        var ids = new EntryIds();
        var entries = new List<EntryBuilder>();
        foreach (var r in t.Rows)
        {
            var text = EntryBuilder.Clean(t.Get(r, EntityColumn))!;
            if (text.Length == 0)
            {
                errors.Add(new(file, r.Line, EntityColumn, "empty entity"));
                continue;
            }
            var dateText = t.Get(r, DateColumn);
            DateOnly? date = null;
            if (dateText.Length > 0)
            {
                if (DateOnly.TryParseExact(dateText, ["MM/dd/yyyy", "M/d/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
                else errors.Add(new(file, r.Line, DateColumn, $"'{dateText}' is not a date in mm/dd/yyyy form"));
            }
            var country = CountryNames.FromCode(t.Get(r, "Country Code")) ?? CountryNames.ToIso(t.Get(r, "Country"));
            var remarks = Remarks(t, r, date);
            foreach (var (kind, name, aliases) in Parties(text))
            {
                var e = new EntryBuilder(ListKey, ids.For(name), r.Line) { Kind = kind, Name = name, Blocking = false };
                foreach (var alias in aliases) e.AddAlias(alias);
                e.AddCountry(country);
                e.AddProgram(t.Get(r, "WRO/Finding"));
                e.AddProgram(t.Get(r, "Status"));
                e.AddRemarks(remarks);
                entries.Add(e);
            }
        }
        ListFiles.ThrowIfAny(errors);
        return new ParsedList(ListKey, Format, null, ListFiles.Sha256([path]), [file], entries.Select(e => e.Build()).ToList());
    }

    /// <summary>The parties an Entity cell names: vessels after "Fishing Vessel(s):", else one party and its a/k/a names.</summary>
    internal static List<(EntryKind Kind, string Name, List<string> Aliases)> Parties(string text)
    {
        var vessel = VesselPrefix().Match(text);
        if (vessel.Success)
        {
            var rest = text[vessel.Length..].Trim();
            var names = vessel.Groups["plural"].Success ? EmbeddedNames.SplitList(AndToComma().Replace(rest, ", ")) : [rest];
            return names.Where(n => n.Length > 0).Select(n => (EntryKind.Vessel, n, new List<string>())).ToList();
        }
        var (withoutGroups, aliases) = EmbeddedNames.TakeAliasGroups(text);
        var masked = EmbeddedNames.Mask(withoutGroups);
        var marks = AkaMark().Matches(masked);
        if (marks.Count == 0) return [(EntryKind.Entity, withoutGroups.TrimEnd(',', ' '), aliases)];
        var name = withoutGroups[..marks[0].Index].Trim().TrimEnd(',').Trim();
        for (var i = 0; i < marks.Count; i++)
        {
            var end = i + 1 < marks.Count ? marks[i + 1].Index : withoutGroups.Length;
            var alias = withoutGroups[(marks[i].Index + marks[i].Length)..end].Trim().TrimEnd(',').Trim();
            if (alias.Length > 0) aliases.Add(alias);
        }
        return [(EntryKind.Entity, name.Length > 0 ? name : aliases.Count > 0 ? aliases[0] : text, aliases)];
    }

    private static string? Remarks(CsvTable t, CsvRecord r, DateOnly? date)
    {
        var parts = new List<string>();
        void Add(string label, string value)
        {
            if (value.Length > 0) parts.Add($"{label}: {value}");
        }
        Add("Industry", t.Get(r, "Industry"));
        Add("Effective", date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        Add("Calendar year", t.Get(r, "Calendar Year"));
        Add("Remarks", t.Get(r, "Remarks"));
        Add("Press release", t.Get(r, "Press Release"));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    [GeneratedRegex(@"^(?:fishing\s+)?vessel(?<plural>s)?\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VesselPrefix();

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndToComma();

    [GeneratedRegex(@",?\s*\b(?:a/k/a|f/k/a|also known as|formerly known as)\b:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AkaMark();
}
