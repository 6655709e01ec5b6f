using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Traceability.Core.Tracing;

/// <summary>Where a path listing stopped: the search stack (node ids) and the next supplier to try at its top.</summary>
internal sealed record PathCursor(long Snapshot, string Root, string Filter, string[] Stack, int Next)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new[] {
        JsonSerializer.SerializeToElement(Snapshot), JsonSerializer.SerializeToElement(Root), JsonSerializer.SerializeToElement(Filter),
        JsonSerializer.SerializeToElement(Stack), JsonSerializer.SerializeToElement(Next) }));

    public static PathCursor Decode(string text)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(text);
            var parts = JsonSerializer.Deserialize<JsonElement[]>(bytes);
            if (parts is not { Length: 5 }) throw new InvalidCursorException("cursor is malformed");
            return new PathCursor(parts[0].GetInt64(), parts[1].GetString()!, parts[2].GetString()!,
                parts[3].Deserialize<string[]>()!, parts[4].GetInt32());
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidCursorException("cursor is malformed: " + Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(e.Message)));
        }
    }
}
