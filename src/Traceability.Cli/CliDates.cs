using System.Globalization;

namespace Traceability.Cli;

/// <summary>Dates typed on the command line (yyyy-MM-dd).</summary>
internal static class CliDates
{
    public static DateOnly? Parse(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"{option}: '{text}' is not a date (yyyy-MM-dd)");
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Writes a document, creating its folder; UTF-8 without a byte order mark.</summary>
    public static void WriteFile(string path, string text)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
