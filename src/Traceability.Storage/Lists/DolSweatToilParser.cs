using System.Globalization;
using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Storage.Csv;

namespace Traceability.Storage.Lists;

/// <summary>
/// DOL ILAB <c>SweatToilAll_CountryGoods</c> as CSV: <c>year, country, good, child_labor, forced_labor</c> and an
/// optional <c>forced_child_labor</c> (other columns such as id, country_id, good_id are ignored). Country names
/// map to ISO alpha-2 through <see cref="CountryNames"/>; a name the table does not know is an error, since a
/// DOL row without a country cannot be used. Booleans are Y/N, X/blank, true/false, yes/no or 1/0. Forced child
/// labor counts as both child labor and forced labor.
/// <para>
/// The table states a year but no day, so <c>AsOf</c> is 1 January of that year and the source says "year only
/// known" (the convention of seed-data/lists). A country and good listed in several years gives one row, the
/// latest year's, so one good is not flagged twice.
/// </para>
/// </summary>
internal static class DolSweatToilParser
{
    public static List<DolEntry> Parse(string path)
    {
        var errors = new List<ImportError>();
        var file = Path.GetFileName(path);
        var t = CsvTable.Read(path, ["year", "country", "good", "child_labor", "forced_labor"], errors);
        if (errors.Count == 0 && t.Rows.Count == 0) errors.Add(new(file, 1, null, "the file has a header but no rows"));
        ListFiles.ThrowIfAny(errors);

        var latest = new Dictionary<(string Country, string Good), (int Year, DolEntry Entry)>();
        foreach (var r in t.Rows)
        {
            var before = errors.Count;
            var yearText = t.Get(r, "year");
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 9999)
                errors.Add(new(file, r.Line, "year", $"'{yearText}' is not a year"));
            var countryName = t.Get(r, "country");
            var country = CountryNames.ToIso(countryName) ?? CountryNames.FromCode(countryName);
            if (country is null) errors.Add(new(file, r.Line, "country", $"unknown country '{countryName}' (not in the country-name table)"));
            var good = EntryBuilder.Clean(t.Get(r, "good"))!;
            if (good.Length == 0) errors.Add(new(file, r.Line, "good", "empty good"));
            var child = Bool(t, r, "child_labor", errors);
            var forced = Bool(t, r, "forced_labor", errors);
            var forcedChild = Bool(t, r, "forced_child_labor", errors);
            if (errors.Count > before || ListFiles.TooMany(errors)) continue;

            var entry = new DolEntry(country!, good, child!.Value || forcedChild!.Value, forced!.Value || forcedChild!.Value, null,
                $"US DOL ILAB List of Goods, {year} (year only known)", $"{year:D4}-01-01", "official");
            var key = (country!, good.ToLowerInvariant());
            if (!latest.TryGetValue(key, out var seen) || year >= seen.Year) latest[key] = (year, entry);
        }
        ListFiles.ThrowIfAny(errors);
        return latest.Values.Select(v => v.Entry).ToList();
    }

    private static bool? Bool(CsvTable t, CsvRecord r, string column, List<ImportError> errors)
    {
        var v = t.Get(r, column).ToLowerInvariant();
        if (v is "y" or "yes" or "x" or "true" or "1") return true;
        if (v is "n" or "no" or "" or "false" or "0") return false;
        errors.Add(new(t.File, r.Line, column, $"'{t.Get(r, column)}' is not Y, N, X or blank"));
        return null;
    }
}
