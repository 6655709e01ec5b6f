namespace Traceability.Storage.Csv;

/// <summary>The text is not well-formed CSV at the given line (and, where the problem is inside one, field).</summary>
public sealed class CsvFormatException(long line, string message, int? field = null) : Exception(message)
{
    /// <summary>1-based line of the problem.</summary>
    public long Line { get; } = line;

    /// <summary>1-based position of the field in its record, when the problem is inside one field.</summary>
    public int? Field { get; } = field;

    /// <summary>The field's column: its header name when <paramref name="header"/> has one at that position, else "field N".</summary>
    public string? ColumnName(IReadOnlyList<string>? header) =>
        Field is not { } f ? null : header is not null && f <= header.Count && header[f - 1].Trim().Length > 0 ? header[f - 1].Trim() : $"field {f}";
}
