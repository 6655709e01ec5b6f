using Traceability.Core.Graph;

namespace Traceability.Storage.Csv;

/// <summary>A CSV file with a header row, read by column name; problems become <see cref="ImportError"/>s naming file, line and column.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, Dictionary<string, int> columns, List<CsvRecord> rows)
    {
        File = file;
        _columns = columns;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<CsvRecord> Rows { get; }

    /// <summary>Reads a file whose header must hold every column in <paramref name="required"/>.</summary>
    public static CsvTable Read(string path, IReadOnlyCollection<string> required, List<ImportError> errors)
    {
        var name = Path.GetFileName(path);
        using var stream = System.IO.File.OpenRead(path);
        return Read(name, stream, required, errors);
    }

    public static CsvTable Read(string name, Stream stream, IReadOnlyCollection<string> required, List<ImportError> errors)
    {
        var rows = new List<CsvRecord>();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        CsvRecord? header = null;
        try
        {
            using var csv = new CsvReader(stream);
            header = csv.Read();
            if (header is null)
            {
                errors.Add(new(name, 0, null, "empty file: expected a header line"));
                return new CsvTable(name, columns, rows);
            }
            for (var i = 0; i < header.Fields.Length; i++)
                if (!columns.TryAdd(header.Fields[i].Trim(), i)) errors.Add(new(name, header.Line, header.Fields[i], "column appears twice"));
            foreach (var col in required)
                if (!columns.ContainsKey(col)) errors.Add(new(name, header.Line, col, $"missing column '{col}' (expected {string.Join(", ", required)})"));
            while (csv.Read() is { } r)
            {
                if (r.Fields.Length != header.Fields.Length)
                    errors.Add(new(name, r.Line, null, $"expected {header.Fields.Length} fields as in the header, found {r.Fields.Length}"));
                else rows.Add(r);
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new(name, e.Line, e.ColumnName(header?.Fields), e.Message));
        }
        return new CsvTable(name, columns, rows);
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed value of a column, or "" when the column is absent.</summary>
    public string Get(CsvRecord row, string column) =>
        _columns.TryGetValue(column, out var i) ? row.Fields[i].Trim() : "";
}
