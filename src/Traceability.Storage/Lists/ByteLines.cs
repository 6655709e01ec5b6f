namespace Traceability.Storage.Lists;

/// <summary>
/// Splits a stream into lines of raw bytes, so a JSON-lines reader can check UTF-8 and report errors line by line
/// without a decoder reading ahead. LF or CRLF ends a line; a leading UTF-8 byte order mark is dropped.
/// </summary>
internal static class ByteLines
{
    /// <summary>The lines with their 1-based numbers. A line longer than <paramref name="maxBytes"/> comes back once with null bytes, and reading stops.</summary>
    public static IEnumerable<(long Line, byte[]? Bytes)> Read(Stream stream, int maxBytes)
    {
        var buffer = new byte[1 << 16];
        using var pending = new MemoryStream();
        long line = 1;
        var first = true;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            var start = 0;
            if (first && n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3;
            first = false;
            while (start < n)
            {
                var nl = buffer.AsSpan(start, n - start).IndexOf((byte)'\n');
                var end = nl < 0 ? n : start + nl;
                pending.Write(buffer, start, end - start);
                if (pending.Length > maxBytes)
                {
                    yield return (line, null);
                    yield break;
                }
                if (nl < 0) break;
                yield return (line++, WithoutCr(pending));
                pending.SetLength(0);
                start = end + 1;
            }
        }
        if (pending.Length > 0) yield return (line, WithoutCr(pending));
    }

    private static byte[] WithoutCr(MemoryStream s)
    {
        var bytes = s.ToArray();
        return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
    }
}
