using System.Text;
using System.Xml;
using Traceability.Core.Graph;
using Traceability.Core.Schema;

namespace Traceability.Storage.Exports;

/// <summary>
/// Writes GraphML for Gephi and yEd: every property of the schema declared as a key with its attr.type (int and long as
/// long, float and double as double, boolean, everything else string), arrays and dates as strings (arrays joined with ";"),
/// plus <c>label</c> (the name, which Gephi shows), <c>kind</c> (the Neo4j label), <c>flags</c>, and <c>type</c> on edges.
/// </summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(GraphExport graph, GraphSchema schema, Stream output)
    {
        var nodeKeys = Keys(schema.Labels.Values.SelectMany(l => l.Properties.Values).Where(p => p.Name is not ("id" or "name")), "n");
        var edgeKeys = Keys(schema.Relationships.Values.SelectMany(r => r.Properties.Values), "e");
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using var w = XmlWriter.Create(output, settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        Key(w, "label", "node", "label", "string");
        Key(w, "kind", "node", "kind", "string");
        Key(w, "flags", "node", "flags", "string");
        Key(w, "name", "node", "name", "string");
        foreach (var (name, (id, type)) in nodeKeys) Key(w, id, "node", name, type);
        Key(w, "type", "edge", "type", "string");
        foreach (var (name, (id, type)) in edgeKeys) Key(w, id, "edge", name, type);
        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "traceability");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var n in graph.Nodes.OrderBy(n => n.Id))
        {
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", n.Id.Value);
            Data(w, "label", n.Name);
            Data(w, "kind", n.Label);
            if (graph.FlagsOf(n.Id) is { Count: > 0 } f) Data(w, "flags", string.Join(";", f));
            Data(w, "name", n.Name);
            foreach (var (k, v) in n.Properties.Items)
                if (nodeKeys.TryGetValue(k, out var key)) Data(w, key.Id, PropertySpec.FormatValue(v));
            w.WriteEndElement();
        }
        var i = 0;
        foreach (var e in graph.Edges.OrderBy(e => e.Start).ThenBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.End))
        {
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", "e" + i++.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", e.Start.Value);
            w.WriteAttributeString("target", e.End.Value);
            Data(w, "type", e.Type);
            foreach (var (k, v) in e.Properties.Items)
                if (edgeKeys.TryGetValue(k, out var key)) Data(w, key.Id, PropertySpec.FormatValue(v));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    // One key per property name; a name declared with two types across labels falls back to string.
    private static SortedDictionary<string, (string Id, string Type)> Keys(IEnumerable<PropertySpec> specs, string prefix)
    {
        var keys = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var p in specs)
        {
            var type = AttrType(p.Type);
            keys[p.Name] = keys.TryGetValue(p.Name, out var k) && k.Item2 != type ? (k.Item1, "string") : ($"{prefix}_{p.Name}", type);
        }
        return keys;
    }

    private static string AttrType(PropertyType t) => t.IsArray ? "string" : t.Scalar switch
    {
        ScalarType.Int or ScalarType.Long => "long",
        ScalarType.Float or ScalarType.Double => "double",
        ScalarType.Boolean => "boolean",
        _ => "string",
    };

    private static void Key(XmlWriter w, string id, string scope, string name, string type)
    {
        w.WriteStartElement("key", Namespace);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", scope);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key);
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    // XML 1.0 cannot hold most control characters even escaped.
    private static string Clean(string s) => s.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r'))
        ? new string([.. s.Select(c => c < 0x20 && c is not ('\t' or '\n' or '\r') ? ' ' : c)])
        : s;
}
