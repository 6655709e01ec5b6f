using System.Text;

namespace Traceability.Storage.Csv;

/// <summary>Writes RFC 4180 CSV with LF line ends, quoting only where needed.</summary>
public sealed class CsvWriter(TextWriter writer) : IDisposable
{
    public void WriteRow(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            writer.Write(Escape(f ?? ""));
        }
        writer.Write('\n');
    }

    public static string Escape(string value)
    {
        if (value.Length == 0) return value;
        var needs = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return needs ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static StreamWriter Create(string path) =>
        new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };

    public void Dispose() => writer.Dispose();
}
