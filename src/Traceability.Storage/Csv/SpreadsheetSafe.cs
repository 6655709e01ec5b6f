namespace Traceability.Storage.Csv;

/// <summary>
/// Neutralizes CSV cells a spreadsheet would run as a formula (OWASP "CSV injection"): a cell starting with
/// = + - @, a tab or a carriage return gets a leading apostrophe, so it is shown as text.
/// </summary>
public static class SpreadsheetSafe
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    /// <summary>Writes a row with every cell neutralized.</summary>
    public static void WriteRow(CsvWriter writer, IEnumerable<string?> cells) => writer.WriteRow(cells.Select(Cell));
}
