namespace Traceability.Storage.Csv;

/// <summary>One CSV record: its fields and the line it starts on.</summary>
/// <param name="Line">1-based line of the record's first character.</param>
/// <param name="Fields">Field values, unquoted.</param>
public sealed record CsvRecord(long Line, string[] Fields);
