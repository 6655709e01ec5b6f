using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Traceability.Core.Schema;

/// <summary>
/// The graph model of graph-schema/schema.json: labels, relationship types and their properties.
/// Everything that checks, stores or exports the graph reads it from here.
/// </summary>
public sealed class GraphSchema
{
    private GraphSchema(string name, int version, IReadOnlyList<PropertySpec> common,
        IReadOnlyDictionary<string, LabelSpec> labels, IReadOnlyDictionary<string, RelationshipSpec> relationships)
    {
        Name = name;
        Version = version;
        Common = common;
        Labels = labels;
        Relationships = relationships;
    }

    /// <summary>Schema name.</summary>
    public string Name { get; }

    /// <summary>Schema version; bump on incompatible changes.</summary>
    public int Version { get; }

    /// <summary>Properties every node may carry (id and name required).</summary>
    public IReadOnlyList<PropertySpec> Common { get; }

    /// <summary>Labels by name, in declaration order.</summary>
    public IReadOnlyDictionary<string, LabelSpec> Labels { get; }

    /// <summary>Relationship types by name, in declaration order.</summary>
    public IReadOnlyDictionary<string, RelationshipSpec> Relationships { get; }

    private static readonly Lazy<GraphSchema> Embedded = new(LoadEmbedded);

    /// <summary>The schema shipped with this build (graph-schema/schema.json embedded as a resource).</summary>
    public static GraphSchema Default => Embedded.Value;

    /// <summary>Loads a schema document.</summary>
    /// <exception cref="FormatException">The document is not a valid schema.</exception>
    public static GraphSchema Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var common = ReadProperties(root.GetProperty("common"), "common");
        var labels = new Dictionary<string, LabelSpec>(StringComparer.Ordinal);
        foreach (var l in root.GetProperty("labels").EnumerateArray())
        {
            var name = l.GetProperty("name").GetString()!;
            var props = new Dictionary<string, PropertySpec>(StringComparer.Ordinal);
            foreach (var p in common) props[p.Name] = p;
            foreach (var p in ReadProperties(l.GetProperty("properties"), name))
                if (!props.TryAdd(p.Name, p)) throw new FormatException($"label {name}: property {p.Name} declared twice");
            if (!labels.TryAdd(name, new LabelSpec(name, OptString(l, "description"), props)))
                throw new FormatException($"label {name} declared twice");
        }
        var rels = new Dictionary<string, RelationshipSpec>(StringComparer.Ordinal);
        foreach (var r in root.GetProperty("relationships").EnumerateArray())
        {
            var type = r.GetProperty("type").GetString()!;
            var from = r.GetProperty("from").EnumerateArray().Select(x => x.GetString()!).ToArray();
            var to = r.GetProperty("to").EnumerateArray().Select(x => x.GetString()!).ToArray();
            foreach (var label in from.Concat(to))
                if (!labels.ContainsKey(label)) throw new FormatException($"relationship {type}: unknown label {label}");
            var props = ReadProperties(r.GetProperty("properties"), type).ToDictionary(p => p.Name, StringComparer.Ordinal);
            if (!rels.TryAdd(type, new RelationshipSpec(type, OptString(r, "description"), from, to, props)))
                throw new FormatException($"relationship {type} declared twice");
        }
        return new GraphSchema(root.GetProperty("name").GetString()!, root.GetProperty("version").GetInt32(), common, labels, rels);
    }

    /// <summary>The raw text of the embedded schema document.</summary>
    public static string EmbeddedText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Traceability.graph-schema.json")
            ?? throw new InvalidOperationException("graph-schema.json is not embedded in Traceability.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static GraphSchema LoadEmbedded() => Parse(EmbeddedText());

    private static List<PropertySpec> ReadProperties(JsonElement array, string owner)
    {
        var list = new List<PropertySpec>();
        foreach (var p in array.EnumerateArray())
        {
            var name = p.GetProperty("name").GetString()!;
            var typeText = OptString(p, "type") ?? "string";
            if (!PropertyType.TryParse(typeText, out var type))
                throw new FormatException($"{owner}.{name}: unknown type {typeText}");
            list.Add(new PropertySpec
            {
                Name = name,
                Type = type,
                Required = p.TryGetProperty("required", out var req) && req.GetBoolean(),
                Indexed = p.TryGetProperty("indexed", out var idx) && idx.GetBoolean(),
                Format = OptString(p, "format"),
                Enum = p.TryGetProperty("enum", out var e) ? e.EnumerateArray().Select(x => x.GetString()!).ToArray() : null,
                Pattern = OptString(p, "pattern") is { } pattern ? new Regex(pattern, RegexOptions.CultureInvariant) : null,
                Min = p.TryGetProperty("min", out var min) ? min.GetDouble() : null,
                Max = p.TryGetProperty("max", out var max) ? max.GetDouble() : null,
                Description = OptString(p, "description"),
            });
        }
        return list;
    }

    private static string? OptString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
