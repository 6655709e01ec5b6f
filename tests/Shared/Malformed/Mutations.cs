using System.Text;

namespace Traceability.Tests.Malformed;

/// <summary>
/// Byte- and text-level ways to break an input, each at a place chosen by a seeded <see cref="Random"/>. Lines are 1-based;
/// the seed texts end lines with LF and hold no multi-line field, so the line a mutation touches is the line an error must name.
/// </summary>
public static class Mutations
{
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xC3, 0x28],             // lead byte followed by ASCII
        [0x80],                   // lone continuation byte
        [0xFF],                   // never valid
        [0xED, 0xA0, 0x80],       // UTF-16 surrogate encoded as UTF-8
        [0xC0, 0xAF],             // overlong encoding of '/'
        [0xF8, 0x88, 0x80, 0x80, 0x80], // five-byte form
        [0xE2, 0x82],             // truncated three-byte sequence
        [0xF4, 0x90, 0x80, 0x80], // above U+10FFFF
    ];

    public static string[] Lines(string text) => text.EndsWith('\n') ? text[..^1].Split('\n') : text.Split('\n');

    public static string Join(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The text with <paramref name="insert"/> (raw bytes) placed at character <paramref name="column"/> of <paramref name="line"/>.</summary>
    public static byte[] InsertBytes(string text, int line, int column, byte[] insert)
    {
        var at = Offset(text, line, column);
        return [.. Utf8(text[..at]), .. insert, .. Utf8(text[at..])];
    }

    public static string InsertText(string text, int line, int column, string insert)
    {
        var at = Offset(text, line, column);
        return text[..at] + insert + text[at..];
    }

    public static string ReplaceLine(string text, int line, Func<string, string> change)
    {
        var lines = Lines(text);
        lines[line - 1] = change(lines[line - 1]);
        return Join(lines);
    }

    /// <summary>Character offset of <paramref name="column"/> (clamped to the line) on <paramref name="line"/>.</summary>
    public static int Offset(string text, int line, int column)
    {
        var start = 0;
        for (var l = 1; l < line; l++) start = text.IndexOf('\n', start) + 1;
        var end = text.IndexOf('\n', start);
        if (end < 0) end = text.Length;
        return start + Math.Clamp(column, 0, end - start);
    }

    /// <summary>Re-joins the lines with a random mix of the given line ends (the last line keeps or loses its end at random).</summary>
    public static string MixLineEnds(string text, Random rnd, params string[] ends)
    {
        var lines = Lines(text);
        var b = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            b.Append(lines[i]);
            if (i < lines.Length - 1 || rnd.Next(2) == 0) b.Append(ends[rnd.Next(ends.Length)]);
        }
        return b.ToString();
    }

    /// <summary>Character positions of a CSV line where a field starts, outside quotes.</summary>
    public static List<int> FieldStarts(string line)
    {
        var starts = new List<int> { 0 };
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ',' && !quoted) starts.Add(i + 1);
        }
        return starts;
    }

    /// <summary>Positions strictly inside unquoted fields of at least two characters (where a quote is a stray quote).</summary>
    public static List<int> InsideUnquoted(string line)
    {
        var result = new List<int>();
        var starts = FieldStarts(line);
        for (var f = 0; f < starts.Count; f++)
        {
            var s = starts[f];
            var e = f + 1 < starts.Count ? starts[f + 1] - 1 : line.Length;
            if (e - s >= 2 && line[s] != '"') for (var i = s + 1; i < e; i++) result.Add(i);
        }
        return result;
    }

    /// <summary>Character offsets right after the opening quote of a JSON string value (after <c>: "</c>, <c>["</c> or <c>, "</c>).</summary>
    public static List<int> JsonValueStarts(string line)
    {
        var result = new List<int>();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] != '"') continue;
            var j = i - 1;
            while (j >= 0 && line[j] == ' ') j--;
            if (j >= 0 && line[j] is ':' or '[' && !IsKey(line, i)) result.Add(i + 1);
        }
        return result;
    }

    // A string followed by ':' is a key, not a value.
    private static bool IsKey(string line, int open)
    {
        var close = line.IndexOf('"', open + 1);
        if (close < 0) return false;
        var k = close + 1;
        while (k < line.Length && line[k] == ' ') k++;
        return k < line.Length && line[k] == ':';
    }

    /// <summary>Random bytes that are never UTF-8 (one 0xFF at least) after an ASCII letter, so no encoding is sniffed.</summary>
    public static byte[] Garbage(Random rnd, int length)
    {
        var bytes = new byte[length];
        rnd.NextBytes(bytes);
        bytes[0] = (byte)'A';
        bytes[1 + rnd.Next(length - 1)] = 0xFF;
        return bytes;
    }

    public static byte[] Utf16(string text, bool bigEndian, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian, bom);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The start of a gzip stream: what an upload of <c>list.csv.gz</c> renamed to <c>.csv</c> looks like.</summary>
    public static readonly byte[] GzipHeader = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xED, 0x9D, 0x5B, 0x6F, 0xDB, 0x38];
}
