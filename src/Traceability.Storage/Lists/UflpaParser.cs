using System.Globalization;
using System.Text.RegularExpressions;
using Traceability.Core.Graph;
using Traceability.Core.Screening;
using Traceability.Storage.Csv;

namespace Traceability.Storage.Lists;

/// <summary>
/// The UFLPA Entity List (DHS publishes it as HTML tables; this reads a CSV export of them) with columns
/// <c>Name of Entity</c> (or <c>Entity Name</c>), <c>Effective Date</c> ("June 21, 2022") and an optional
/// <c>Section</c>, which becomes the entry's program. Aliases embedded in the name become aliases. Subsidiaries
/// the name lists ("and its eight Zhuhai-based subsidiaries, which include A, B, and C") become entries of their
/// own with a <c>subsidiary-of</c> relation to the listed parent; "and subsidiaries" without names is kept in the
/// remarks only. Every entry gets country CN (the list names PRC entities and has no address column). Ids are
/// slugs of the names (<see cref="EntryIds"/>). Not blocking: the list creates a presumption for imports.
/// </summary>
internal static partial class UflpaParser
{
    public const string ListKey = "UFLPA";
    public const string Format = "uflpa";

    private static readonly string[] NameColumns = ["Name of Entity", "Entity Name"];
    private static readonly string[] DateFormats = ["MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "M/d/yyyy", "yyyy-MM-dd"];

    public static ParsedList Parse(string path)
    {
        var errors = new List<ImportError>();
        var file = Path.GetFileName(path);
        var t = CsvTable.Read(path, ["Effective Date"], errors);
        var nameColumn = NameColumns.FirstOrDefault(t.Has);
        if (nameColumn is null && errors.Count == 0) errors.Add(new(file, 1, NameColumns[0], $"missing column '{NameColumns[0]}' (or '{NameColumns[1]}')"));
        if (errors.Count == 0 && t.Rows.Count == 0) errors.Add(new(file, 1, null, "the file has a header but no rows"));
        ListFiles.ThrowIfAny(errors);

        var ids = new EntryIds();
        var entries = new List<EntryBuilder>();
        foreach (var r in t.Rows)
        {
            var listed = EntryBuilder.Clean(t.Get(r, nameColumn!))!;
            var dateText = t.Get(r, "Effective Date");
            var date = ParseDate(dateText);
            if (listed.Length == 0) errors.Add(new(file, r.Line, nameColumn, "empty entity name"));
            if (date is null) errors.Add(new(file, r.Line, "Effective Date", $"'{dateText}' is not a date like \"June 21, 2022\""));
            if (listed.Length == 0 || date is null) continue;
            var section = t.Get(r, "Section");
            var effective = date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            var (parentText, subsidiaries) = SplitSubsidiaries(listed);
            var parent = Entry(ids, parentText, r.Line, section, errors, file, nameColumn!);
            if (parent is null) continue;
            parent.AddRemarks($"Listed as \"{listed}\"; effective {effective}.");
            entries.Add(parent);
            foreach (var sub in subsidiaries)
            {
                if (Entry(ids, sub, r.Line, section, errors, file, nameColumn!) is not { } child) continue;
                child.AddRelation(new EntryRelation("subsidiary-of", parent.Name!, parent.EntryId));
                child.AddRemarks($"Named as a subsidiary in \"{listed}\"; effective {effective}.");
                entries.Add(child);
            }
        }
        ListFiles.ThrowIfAny(errors);
        return new ParsedList(ListKey, Format, null, ListFiles.Sha256([path]), [file], entries.Select(e => e.Build()).ToList());
    }

    /// <summary>Splits "Parent ... and its N subsidiaries, which include A, B, and C" into the parent text and the named subsidiaries.</summary>
    internal static (string Parent, List<string> Subsidiaries) SplitSubsidiaries(string listed)
    {
        var m = NamedSubsidiaries().Match(EmbeddedNames.Mask(listed));
        return m.Success
            ? (listed[..m.Index], EmbeddedNames.SplitList(listed[(m.Index + m.Length)..]))
            : (listed, []);
    }

    private static EntryBuilder? Entry(EntryIds ids, string text, long line, string section, List<ImportError> errors, string file, string column)
    {
        var (withoutAliases, aliases) = EmbeddedNames.TakeAliasGroups(text);
        var masked = EmbeddedNames.Mask(withoutAliases);
        var group = UnnamedGroup().Match(masked);
        var name = (group.Success ? withoutAliases[..group.Index] : withoutAliases).Trim().TrimEnd(',').Trim();
        if (name.Length == 0)
        {
            errors.Add(new(file, line, column, $"no entity name left in '{text}'"));
            return null;
        }
        var e = new EntryBuilder(ListKey, ids.For(name), line) { Name = name, Blocking = false };
        foreach (var alias in aliases) e.AddAlias(alias);
        e.AddCountry("CN");
        if (section.Length > 0) e.AddProgram(section);
        return e;
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;

    [GeneratedRegex(@"(?:,\s*|\s+)and\s+(?:its|their)\s+[^,;]*?subsidiar(?:y|ies)\s*,?\s*(?:which|that)\s+includes?\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedSubsidiaries();

    [GeneratedRegex(@"(?:^|,\s*|\s+)and\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:subsidiaries|entities|affiliates)\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedGroup();
}
