using System.Text.Json;
using Traceability.Core.Graph;
using Traceability.Core.Schema;

namespace Traceability.Storage.Json;

/// <summary>Reads the document written by <see cref="GraphJsonExporter"/>, checking every value against the schema.</summary>
public sealed class GraphJsonReader(GraphSchema schema)
{
    public GraphBatch Read(string path)
    {
        var name = Path.GetFileName(path);
        var errors = new List<ImportError>();
        var batch = new GraphBatch();
        batch.Files.Add(path);
        JsonDocument doc;
        var bytes = File.ReadAllBytes(path);
        // A byte order mark is allowed (editors write one); invalid UTF-8 is an error with its line, found before any
        // string is read (JsonDocument only notices it when a string is read, and then throws InvalidOperationException).
        var text = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        if (!System.Text.Unicode.Utf8.IsValid(text.Span))
            throw new ImportFailedException([new ImportError(name, InvalidUtf8Line(text.Span), null, "invalid UTF-8 (the file must be UTF-8 encoded)")]);
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new ImportFailedException([new ImportError(name, (e.LineNumber ?? -1) + 1, null, "not valid JSON: " + e.Message)]);
        }
        catch (InvalidOperationException e)
        {
            // Checking keys for duplicates unescapes them: a key holding a lone surrogate (\ud800) fails here, not as JSON.
            throw new ImportFailedException([new ImportError(name, 0, null, "a JSON string that is not valid text: " + e.Message)]);
        }
        try
        {
            return Read(name, doc, errors, batch);
        }
        catch (InvalidOperationException e)
        {
            // A string escape that is no text (a lone surrogate such as \ud800) is found only when the string is read.
            throw new ImportFailedException([new ImportError(name, 0, null, "a JSON string that is not valid text: " + e.Message)]);
        }
        finally
        {
            doc.Dispose();
        }
    }

    private GraphBatch Read(string name, JsonDocument doc, List<ImportError> errors, GraphBatch batch)
    {
        var root = doc.RootElement;
        if (LongString(root) is { } path)
            throw new ImportFailedException([new ImportError(name, 0, path, $"a string longer than {Csv.CsvReader.MaxFieldLength} characters (the CSV reader's limit)")]);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("nodes", out var nodes) || nodes.ValueKind != JsonValueKind.Array)
            throw new ImportFailedException([new ImportError(name, 0, "nodes", "expected an object with a \"nodes\" array")]);
        var i = 0;
        foreach (var n in nodes.EnumerateArray())
        {
            i++;
            var where = $"nodes[{i - 1}]";
            if (n.ValueKind != JsonValueKind.Object) { errors.Add(new(name, 0, where, "expected an object")); continue; }
            var id = Str(n, "id");
            var label = Str(n, "label");
            if (id is null || label is null) { errors.Add(new(name, 0, where, "a node needs string \"id\" and \"label\"")); continue; }
            if (!schema.Labels.TryGetValue(label, out var spec)) { errors.Add(new(name, 0, where, $"unknown label '{label}'")); continue; }
            var props = ReadProps(n, spec.Properties, name, where, errors);
            if (props is not null) batch.Nodes.Add((new GraphNode(new NodeId(id), label, props), new SourceRef(name, i)));
        }
        i = 0;
        if (root.TryGetProperty("relationships", out var rels) && rels.ValueKind != JsonValueKind.Array)
            errors.Add(new(name, 0, "relationships", "expected an array"));
        else if (rels.ValueKind == JsonValueKind.Array)
        {
            foreach (var r in rels.EnumerateArray())
            {
                i++;
                var where = $"relationships[{i - 1}]";
                if (r.ValueKind != JsonValueKind.Object) { errors.Add(new(name, 0, where, "expected an object")); continue; }
                var (start, type, end) = (Str(r, "start"), Str(r, "type"), Str(r, "end"));
                if (start is null || type is null || end is null) { errors.Add(new(name, 0, where, "a relationship needs string \"start\", \"type\" and \"end\"")); continue; }
                if (!schema.Relationships.TryGetValue(type, out var spec)) { errors.Add(new(name, 0, where, $"unknown relationship type '{type}'")); continue; }
                var props = ReadProps(r, spec.Properties, name, where, errors);
                if (props is not null) batch.Edges.Add((new GraphEdge(new NodeId(start), type, new NodeId(end), props), new SourceRef(name, i)));
            }
        }
        if (errors.Count > 0) throw new ImportFailedException(errors);
        return batch;
    }

    private static PropertyBag? ReadProps(JsonElement owner, IReadOnlyDictionary<string, PropertySpec> specs, string file, string where, List<ImportError> errors)
    {
        if (!owner.TryGetProperty("properties", out var obj)) return PropertyBag.Empty;
        if (obj.ValueKind != JsonValueKind.Object) { errors.Add(new(file, 0, where + ".properties", "expected an object")); return null; }
        PropertyBag raw;
        try
        {
            raw = PropertyBag.FromJson(obj, specs);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            // A nested object, or an array whose items do not fit the declared type (["a", 1] for an int[] property).
            errors.Add(new(file, 0, where + ".properties", $"a value of the wrong type: {e.Message}"));
            return null;
        }
        var items = new List<KeyValuePair<string, object>>();
        var ok = true;
        foreach (var (key, value) in raw.Items)
        {
            if (!specs.TryGetValue(key, out var spec) || key == "id") { errors.Add(new(file, 0, $"{where}.properties.{key}", "property is not defined in graph-schema here")); ok = false; continue; }
            var normalized = spec.Normalize(value, out var error);
            if (error is not null) { errors.Add(new(file, 0, $"{where}.properties.{key}", error)); ok = false; continue; }
            items.Add(new(key, normalized!));
        }
        return ok ? PropertyBag.From(items) : null;
    }

    // The path of the first name or string value longer than the CSV reader allows, or null. Iterative; the depth is at most 16.
    private static string? LongString(JsonElement root)
    {
        var stack = new Stack<(JsonElement Element, string Path)>();
        stack.Push((root, "$"));
        while (stack.Count > 0)
        {
            var (e, path) = stack.Pop();
            switch (e.ValueKind)
            {
                case JsonValueKind.String when e.GetString()!.Length > Csv.CsvReader.MaxFieldLength:
                    return path;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        if (p.Name.Length > Csv.CsvReader.MaxFieldLength) return path + ".(a name)";
                        stack.Push((p.Value, $"{path}.{p.Name}"));
                    }
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray()) stack.Push((item, $"{path}[{i++}]"));
                    break;
            }
        }
        return null;
    }

    private static long InvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        var line = 1L;
        for (var i = 0; i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var used) != System.Buffers.OperationStatus.Done) return line;
            if (bytes[i] == '\n') line++;
            i += used;
        }
        return line;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
