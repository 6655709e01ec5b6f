using Traceability.Storage.Csv;

namespace Traceability.Storage.Generation;

/// <summary>
/// One neo4j-admin CSV file being streamed: a fixed header, a reused row buffer, a row count.
/// The file is created on the first row, so a label or type without rows leaves no file behind
/// (the importer rejects a file with a header and no rows).
/// </summary>
internal sealed class RowFile(string folder, string fileName, string name, string[] header) : IDisposable
{
    private CsvWriter? _writer;

    public string Name { get; } = name;

    public string Path { get; } = System.IO.Path.Combine(folder, fileName);

    public long Count { get; private set; }

    /// <summary>The row to fill before <see cref="Commit"/>; its columns follow the header.</summary>
    public string?[] Row { get; } = new string?[header.Length];

    /// <summary>Clears the row buffer and returns it.</summary>
    public string?[] Begin()
    {
        Array.Clear(Row);
        return Row;
    }

    public void Commit()
    {
        if (_writer is null)
        {
            _writer = new CsvWriter(new StreamWriter(Path, append: false, CsvEncoding, 1 << 16) { NewLine = "\n" });
            _writer.WriteRow(header);
        }
        _writer.WriteRow(Row);
        Count++;
    }

    public void Dispose() => _writer?.Dispose();

    private static readonly System.Text.UTF8Encoding CsvEncoding = new(encoderShouldEmitUTF8Identifier: false);
}
