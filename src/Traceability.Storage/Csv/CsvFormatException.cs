namespace Traceability.Storage.Csv;

/// <summary>The text is not well-formed CSV at the given line.</summary>
public sealed class CsvFormatException(long line, string message) : Exception(message)
{
    /// <summary>1-based line of the problem.</summary>
    public long Line { get; } = line;
}
