using Traceability.Core.Schema;

namespace Traceability.Core.Graph;

/// <summary>
/// Checks a batch against the schema and the graph already stored: required properties,
/// duplicate ids and relationships, dangling ends, relationship end labels, label changes.
/// Value types are checked earlier, where the text is parsed.
/// </summary>
public static class BatchValidator
{
    /// <summary>Errors beyond this many are not collected.</summary>
    public const int MaxErrors = 200;

    /// <summary>
    /// Returns every error found. <paramref name="stored"/> gives the labels of stored nodes, at least
    /// for every id the batch defines or references (see <see cref="ReferencedIds"/>).
    /// </summary>
    public static List<ImportError> Validate(GraphSchema schema, GraphBatch batch, IReadOnlyDictionary<string, string> stored)
    {
        var errors = new List<ImportError>();
        var labels = new Dictionary<string, (string Label, SourceRef Source)>(batch.Nodes.Count, StringComparer.Ordinal);
        foreach (var (node, src) in batch.Nodes)
        {
            if (errors.Count >= MaxErrors) return errors;
            if (!schema.Labels.TryGetValue(node.Label, out var spec))
            {
                errors.Add(new(src.File, src.Line, ":LABEL", $"unknown label '{node.Label}'"));
                continue;
            }
            if (!labels.TryAdd(node.Id.Value, (node.Label, src)))
            {
                var first = labels[node.Id.Value].Source;
                errors.Add(new(src.File, src.Line, ":ID", $"duplicate id '{node.Id}' (first defined at {first})"));
                continue;
            }
            foreach (var p in spec.Properties.Values)
                if (p.Required && p.Name != "id" && !node.Properties.TryGet(p.Name, out _))
                    errors.Add(new(src.File, src.Line, p.Name, $"missing required property '{p.Name}' for {node.Label}"));
        }

        foreach (var (id, (label, src)) in labels)
            if (stored.TryGetValue(id, out var old) && old != label)
                errors.Add(new(src.File, src.Line, ":LABEL", $"id '{id}' is stored as {old}; a node cannot change label to {label}"));

        var seen = new Dictionary<(string, string, string), SourceRef>();
        foreach (var (edge, src) in batch.Edges)
        {
            if (errors.Count >= MaxErrors) return errors;
            if (!schema.Relationships.TryGetValue(edge.Type, out var rel))
            {
                errors.Add(new(src.File, src.Line, ":TYPE", $"unknown relationship type '{edge.Type}'"));
                continue;
            }
            var start = LabelOf(edge.Start.Value);
            var end = LabelOf(edge.End.Value);
            if (start is null) errors.Add(new(src.File, src.Line, ":START_ID", $"no node with id '{edge.Start}' (dangling relationship)"));
            if (end is null) errors.Add(new(src.File, src.Line, ":END_ID", $"no node with id '{edge.End}' (dangling relationship)"));
            if (start is not null && end is not null && !rel.Allows(start, end))
                errors.Add(new(src.File, src.Line, ":TYPE",
                    $"{edge.Type} cannot go from {start} to {end} (allowed: from {string.Join("|", rel.From)} to {string.Join("|", rel.To)})"));
            if (!seen.TryAdd((edge.Start.Value, edge.Type, edge.End.Value), src))
                errors.Add(new(src.File, src.Line, null, $"duplicate relationship {edge} (first defined at {seen[(edge.Start.Value, edge.Type, edge.End.Value)]})"));
            foreach (var p in rel.Properties.Values)
                if (p.Required && !edge.Properties.TryGet(p.Name, out _))
                    errors.Add(new(src.File, src.Line, p.Name, $"missing required property '{p.Name}' for {edge.Type}"));
        }
        return errors;

        string? LabelOf(string id) =>
            labels.TryGetValue(id, out var l) ? l.Label : stored.TryGetValue(id, out var s) ? s : null;
    }

    /// <summary>Every id the batch defines or references, once each.</summary>
    public static HashSet<string> ReferencedIds(GraphBatch batch)
    {
        var ids = new HashSet<string>(batch.Nodes.Count + batch.Edges.Count, StringComparer.Ordinal);
        foreach (var (node, _) in batch.Nodes) ids.Add(node.Id.Value);
        foreach (var (edge, _) in batch.Edges)
        {
            ids.Add(edge.Start.Value);
            ids.Add(edge.End.Value);
        }
        return ids;
    }
}
