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
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new ImportFailedException([new ImportError(name, (e.LineNumber ?? -1) + 1, null, "not valid JSON: " + e.Message)]);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("nodes", out var nodes) || nodes.ValueKind != JsonValueKind.Array)
                throw new ImportFailedException([new ImportError(name, 0, "nodes", "expected an object with a \"nodes\" array")]);
            var i = 0;
            foreach (var n in nodes.EnumerateArray())
            {
                i++;
                var where = $"nodes[{i - 1}]";
                var id = Str(n, "id");
                var label = Str(n, "label");
                if (id is null || label is null) { errors.Add(new(name, 0, where, "a node needs string \"id\" and \"label\"")); continue; }
                if (!schema.Labels.TryGetValue(label, out var spec)) { errors.Add(new(name, 0, where, $"unknown label '{label}'")); continue; }
                var props = ReadProps(n, spec.Properties, name, where, errors);
                if (props is not null) batch.Nodes.Add((new GraphNode(new NodeId(id), label, props), new SourceRef(name, i)));
            }
            i = 0;
            if (root.TryGetProperty("relationships", out var rels))
            {
                foreach (var r in rels.EnumerateArray())
                {
                    i++;
                    var where = $"relationships[{i - 1}]";
                    var (start, type, end) = (Str(r, "start"), Str(r, "type"), Str(r, "end"));
                    if (start is null || type is null || end is null) { errors.Add(new(name, 0, where, "a relationship needs string \"start\", \"type\" and \"end\"")); continue; }
                    if (!schema.Relationships.TryGetValue(type, out var spec)) { errors.Add(new(name, 0, where, $"unknown relationship type '{type}'")); continue; }
                    var props = ReadProps(r, spec.Properties, name, where, errors);
                    if (props is not null) batch.Edges.Add((new GraphEdge(new NodeId(start), type, new NodeId(end), props), new SourceRef(name, i)));
                }
            }
        }
        if (errors.Count > 0) throw new ImportFailedException(errors);
        return batch;
    }

    private static PropertyBag? ReadProps(JsonElement owner, IReadOnlyDictionary<string, PropertySpec> specs, string file, string where, List<ImportError> errors)
    {
        if (!owner.TryGetProperty("properties", out var obj)) return PropertyBag.Empty;
        if (obj.ValueKind != JsonValueKind.Object) { errors.Add(new(file, 0, where + ".properties", "expected an object")); return null; }
        var raw = PropertyBag.FromJson(obj, specs);
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

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
