using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Screening;

namespace Traceability.Storage.Lists;

/// <summary>
/// Entry point to the list parsers: pure functions from files to a <see cref="ParsedList"/> (or DOL rows) that
/// touch no database. Every problem is an <see cref="ImportFailedException"/> whose errors name file and line;
/// a bad argument is reported under the argument's name (<c>format</c>, <c>paths</c>).
/// </summary>
public static class ListParsers
{
    /// <summary>The formats <see cref="Parse"/> reads.</summary>
    public static IReadOnlyList<string> Formats { get; } =
        [OfacCsvParser.Format, OfacXmlParser.Format, OfacAdvancedXmlParser.Format, FtmParser.Format, UflpaParser.Format, CbpWroParser.Format];

    /// <summary>
    /// Reads a list. <c>ofac-csv</c> takes a folder or up to four files (sdn.csv required; add.csv, alt.csv,
    /// sdn_comments.csv optional); every other format takes exactly one file.
    /// </summary>
    public static ParsedList Parse(string format, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (!Formats.Contains(format, StringComparer.Ordinal))
            throw Fail("format", $"unknown list format '{format}' (expected one of {string.Join(", ", Formats)})");
        if (format == OfacCsvParser.Format)
        {
            if (paths.Count is < 1 or > 4)
                throw Fail("paths", $"format 'ofac-csv' reads a folder or one to four files (sdn.csv, add.csv, alt.csv, sdn_comments.csv), got {paths.Count}");
            return OfacCsvParser.Parse(paths);
        }
        var path = Single(format, paths);
        return format switch
        {
            OfacXmlParser.Format => OfacXmlParser.Parse(path),
            OfacAdvancedXmlParser.Format => OfacAdvancedXmlParser.Parse(path),
            FtmParser.Format => FtmParser.Parse(path),
            UflpaParser.Format => UflpaParser.Parse(path),
            _ => CbpWroParser.Parse(path),
        };
    }

    /// <summary>Reads DOL's <c>SweatToilAll_CountryGoods</c> CSV (one file) into reference rows.</summary>
    public static IReadOnlyList<DolEntry> ParseDol(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return DolSweatToilParser.Parse(Single("dol", paths));
    }

    private static string Single(string format, IReadOnlyList<string> paths)
    {
        if (paths.Count != 1) throw Fail("paths", $"format '{format}' reads exactly one file, got {paths.Count}");
        var errors = new List<ImportError>();
        ListFiles.CheckFile(paths[0], errors);
        ListFiles.ThrowIfAny(errors);
        return paths[0];
    }

    private static ImportFailedException Fail(string argument, string message) => new([new ImportError(argument, 0, null, message)]);
}
