using System.Text.Json;
using Traceability.Core.Schema;
using Traceability.Core.Storage;

namespace Traceability.Storage.Json;

/// <summary>
/// Writes the graph as one JSON document: <c>{"schema", "schemaVersion", "graphVersion", "nodes": [{"id", "label", "properties"}],
/// "relationships": [{"start", "type", "end", "properties"}]}</c>, ordered by id. <see cref="GraphJsonReader"/> reads it back.
/// </summary>
public sealed class GraphJsonExporter(GraphSchema schema)
{
    public async Task<(long Nodes, long Relationships)> ExportAsync(IGraphStore store, Stream output, CancellationToken ct)
    {
        long nodes = 0, rels = 0;
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schema", schema.Name);
        w.WriteNumber("schemaVersion", schema.Version);
        w.WriteNumber("graphVersion", await store.GetGraphVersionAsync(ct));
        w.WriteStartArray("nodes");
        await foreach (var n in store.ReadNodesAsync(ct))
        {
            w.WriteStartObject();
            w.WriteString("id", n.Node.Id.Value);
            w.WriteString("label", n.Node.Label);
            w.WritePropertyName("properties");
            n.Node.Properties.WriteTo(w);
            w.WriteEndObject();
            nodes++;
        }
        w.WriteEndArray();
        w.WriteStartArray("relationships");
        await foreach (var e in store.ReadEdgesAsync(ct))
        {
            w.WriteStartObject();
            w.WriteString("start", e.Edge.Start.Value);
            w.WriteString("type", e.Edge.Type);
            w.WriteString("end", e.Edge.End.Value);
            w.WritePropertyName("properties");
            e.Edge.Properties.WriteTo(w);
            w.WriteEndObject();
            rels++;
        }
        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct);
        return (nodes, rels);
    }
}
