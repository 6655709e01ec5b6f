using System.Text;
using Traceability.Core.Graph;
using Traceability.Core.Schema;

namespace Traceability.Storage.Exports;

/// <summary>
/// Writes Graphviz DOT: every id quoted and escaped, the name as label, a shape per label, flagged nodes outlined in red
/// (321(b) presumption) or orange (other flags), every property as an attribute.
/// </summary>
public static class DotWriter
{
    public static void Write(GraphExport graph, TextWriter output)
    {
        var b = new StringBuilder();
        b.Append("digraph \"traceability\" {\n");
        b.Append("  graph [rankdir=\"RL\", fontname=\"Helvetica\"];\n");
        b.Append("  node [fontname=\"Helvetica\", fontsize=10, style=\"filled\", fillcolor=\"white\"];\n");
        b.Append("  edge [fontname=\"Helvetica\", fontsize=8];\n");
        foreach (var n in graph.Nodes.OrderBy(n => n.Id))
        {
            var flags = graph.FlagsOf(n.Id);
            var attrs = new List<(string, string)> { ("label", n.Name), ("kind", n.Label), ("shape", Shape(n.Label)) };
            if (flags.Count > 0)
            {
                attrs.Add(("flags", string.Join(";", flags)));
                attrs.Add(("color", flags.Contains("NK_LABOR") || flags.Contains("DPRK_LOCATION") ? "red" : "orange"));
                attrs.Add(("penwidth", "2"));
            }
            foreach (var (k, v) in n.Properties.Items)
                if (k is not ("name" or "label" or "shape" or "color" or "penwidth" or "kind" or "flags")) attrs.Add((k, PropertySpec.FormatValue(v)));
            b.Append("  ").Append(Quote(n.Id.Value)).Append(' ').Append(Attributes(attrs)).Append(";\n");
        }
        foreach (var e in graph.Edges.OrderBy(e => e.Start).ThenBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.End))
        {
            var attrs = new List<(string, string)> { ("label", e.Type), ("type", e.Type) };
            if (e.Type != "SUPPLIES") attrs.Add(("style", "dashed"));
            foreach (var (k, v) in e.Properties.Items)
                if (k is not ("label" or "type" or "style")) attrs.Add((k, PropertySpec.FormatValue(v)));
            b.Append("  ").Append(Quote(e.Start.Value)).Append(" -> ").Append(Quote(e.End.Value)).Append(' ').Append(Attributes(attrs)).Append(";\n");
        }
        b.Append("}\n");
        output.Write(b.ToString());
        output.Flush();
    }

    /// <summary>A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n.</summary>
    public static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal) + "\"";

    private static string Attributes(IEnumerable<(string Key, string Value)> attrs) =>
        "[" + string.Join(", ", attrs.Select(a => $"{Quote(a.Key)}={Quote(a.Value)}")) + "]";

    private static string Shape(string label) => label switch
    {
        "Product" => "box",
        "Facility" => "house",
        "Transporter" => "cds",
        "Company" => "ellipse",
        "Person" => "oval",
        "LaborSource" => "diamond",
        "Material" => "hexagon",
        _ => "plaintext",
    };
}
