using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Storage.Csv;

namespace Traceability.Storage.Neo4j;

/// <summary>
/// Reads neo4j-admin import CSV (node files with <c>:ID</c> and <c>:LABEL</c>, relationship files with
/// <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>) into a batch, checking every value against the schema.
/// A file is a node or a relationship file by its header. Errors name file, line and column.
/// </summary>
public sealed class Neo4jCsvReader(GraphSchema schema)
{
    /// <summary>Expands folders (their *.csv files, sorted) and checks every path exists.</summary>
    public static List<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var errors = new List<ImportError>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) errors.Add(new(path, 0, null, "folder holds no .csv files"));
                files.AddRange(found);
            }
            else if (File.Exists(path)) files.Add(path);
            else errors.Add(new(path, 0, null, "no such file or folder"));
        }
        if (errors.Count > 0) throw new ImportFailedException(errors);
        return files;
    }

    /// <summary>Reads the files into one batch; throws <see cref="ImportFailedException"/> with every error found.</summary>
    public GraphBatch Read(IEnumerable<string> paths)
    {
        // Files are parsed in parallel, each into its own part, then joined in file order: the batch and the errors come
        // out the same as reading them one after another.
        var files = ExpandPaths(paths);
        var parts = new (GraphBatch Batch, List<ImportError> Errors)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var part = (new GraphBatch(), new List<ImportError>());
            using var stream = File.OpenRead(files[i]);
            ReadFile(Path.GetFileName(files[i]), stream, part.Item1, part.Item2);
            parts[i] = part;
        });
        var batch = new GraphBatch();
        var errors = new List<ImportError>();
        for (var i = 0; i < files.Count; i++)
        {
            batch.Nodes.AddRange(parts[i].Batch.Nodes);
            batch.Edges.AddRange(parts[i].Batch.Edges);
            batch.Files.Add(files[i]);
            errors.AddRange(parts[i].Errors.Take(BatchValidator.MaxErrors - errors.Count));
        }
        if (errors.Count > 0) throw new ImportFailedException(errors);
        return batch;
    }

    /// <summary>Reads one file's rows into <paramref name="batch"/>, adding problems to <paramref name="errors"/>.</summary>
    public void ReadFile(string name, Stream stream, GraphBatch batch, List<ImportError> errors)
    {
        using var csv = new CsvReader(stream);
        CsvRecord? header = null;
        try
        {
            header = csv.Read();
            if (header is null)
            {
                errors.Add(new(name, 0, null, "empty file: a neo4j-admin CSV file starts with a header line"));
                return;
            }
            var columns = ParseHeader(name, header, errors);
            if (columns is null) return;
            var isNodes = columns.Any(c => c.Role == ColumnRole.Id);
            var rows = 0;
            while (csv.Read() is { } record)
            {
                rows++;
                if (record.Fields.Length != columns.Count)
                {
                    errors.Add(new(name, record.Line, null, $"expected {columns.Count} fields as in the header, found {record.Fields.Length}"));
                }
                else if (isNodes) ReadNode(name, record, columns, batch, errors);
                else ReadEdge(name, record, columns, batch, errors);
                if (errors.Count >= BatchValidator.MaxErrors) return;
            }
            if (rows == 0) errors.Add(new(name, header.Line, null, "the file has a header but no rows"));
        }
        catch (CsvFormatException e)
        {
            errors.Add(new(name, e.Line, e.ColumnName(header?.Fields), e.Message));
        }
    }

    private List<HeaderColumn>? ParseHeader(string file, CsvRecord header, List<ImportError> errors)
    {
        var before = errors.Count;
        var columns = new List<HeaderColumn>();
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var col = HeaderColumn.Parse(i, header.Fields[i], out var error);
            if (col is null) errors.Add(new(file, header.Line, header.Fields[i], error!));
            else columns.Add(col);
        }
        if (errors.Count > before) return null;
        int Count(ColumnRole r) => columns.Count(c => c.Role == r);
        var ids = Count(ColumnRole.Id);
        var rels = Count(ColumnRole.StartId) + Count(ColumnRole.EndId) + Count(ColumnRole.Type);
        if (ids > 0 && rels > 0)
            errors.Add(new(file, header.Line, null, "header mixes node columns (:ID) and relationship columns (:START_ID, :END_ID, :TYPE); use one file for each"));
        else if (ids == 0 && rels == 0)
            errors.Add(new(file, header.Line, null, "header has neither :ID (node file) nor :START_ID/:END_ID/:TYPE (relationship file)"));
        else if (ids > 1)
            errors.Add(new(file, header.Line, null, "header has more than one :ID column"));
        else if (ids == 1 && Count(ColumnRole.Label) != 1)
            errors.Add(new(file, header.Line, null, "a node file needs exactly one :LABEL column"));
        else if (rels > 0 && (Count(ColumnRole.StartId) != 1 || Count(ColumnRole.EndId) != 1 || Count(ColumnRole.Type) != 1))
            errors.Add(new(file, header.Line, null, "a relationship file needs exactly one each of :START_ID, :END_ID and :TYPE"));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in columns.Where(c => c.Role == ColumnRole.Property || (c.Role == ColumnRole.Id && c.Name.Length > 0)))
        {
            if (!seen.Add(c.Name)) errors.Add(new(file, header.Line, c.Raw, $"column '{c.Name}' appears twice"));
            if (c.Role != ColumnRole.Property) continue;
            var specs = ids > 0
                ? schema.Labels.Values.Select(l => l.Properties.GetValueOrDefault(c.Name))
                : schema.Relationships.Values.Select(r => r.Properties.GetValueOrDefault(c.Name));
            var declared = specs.OfType<PropertySpec>().ToList();
            if (declared.Count == 0)
                errors.Add(new(file, header.Line, c.Raw, $"property '{c.Name}' is not defined in graph-schema for any {(ids > 0 ? "label" : "relationship type")}"));
            else if (c.Typed && declared.FirstOrDefault(s => !s.Type.Accepts(c.Type)) is { } clash)
                errors.Add(new(file, header.Line, c.Raw, $"column type {c.Type} does not fit property '{c.Name}', which graph-schema declares as {clash.Type}"));
        }
        return errors.Count > before ? null : columns;
    }

    private void ReadNode(string file, CsvRecord record, List<HeaderColumn> columns, GraphBatch batch, List<ImportError> errors)
    {
        string? id = null;
        string? label = null;
        var props = new List<KeyValuePair<string, object>>();
        var before = errors.Count;
        foreach (var col in columns)
        {
            var text = record.Fields[col.Index];
            switch (col.Role)
            {
                case ColumnRole.Id: id = text.Trim(); break;
                case ColumnRole.Label: label = text.Trim(); break;
            }
        }
        if (string.IsNullOrEmpty(id)) errors.Add(new(file, record.Line, ":ID", "empty id"));
        var labels = (label ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        LabelSpec? spec = null;
        if (labels.Length != 1)
            errors.Add(new(file, record.Line, ":LABEL", labels.Length == 0 ? "empty label" : $"a node has exactly one label, found '{label}'"));
        else if (!schema.Labels.TryGetValue(labels[0], out spec))
            errors.Add(new(file, record.Line, ":LABEL", $"unknown label '{labels[0]}' (graph-schema defines {string.Join(", ", schema.Labels.Keys)})"));
        if (spec is not null)
        {
            foreach (var col in columns)
            {
                if (col.Role != ColumnRole.Property) continue;
                var text = record.Fields[col.Index];
                if (text.Length == 0) continue;
                if (!spec.Properties.TryGetValue(col.Name, out var p) || col.Name == "id")
                {
                    errors.Add(new(file, record.Line, col.Name, $"property '{col.Name}' is not defined for {spec.Name}"));
                    continue;
                }
                var value = p.Parse(text, out var error);
                if (error is not null) errors.Add(new(file, record.Line, col.Name, error));
                else props.Add(new(col.Name, value!));
            }
        }
        if (errors.Count == before)
            batch.Nodes.Add((new GraphNode(new NodeId(id!), spec!.Name, PropertyBag.From(props)), new SourceRef(file, record.Line)));
    }

    private void ReadEdge(string file, CsvRecord record, List<HeaderColumn> columns, GraphBatch batch, List<ImportError> errors)
    {
        string? start = null, end = null, type = null;
        var before = errors.Count;
        foreach (var col in columns)
        {
            var text = record.Fields[col.Index].Trim();
            switch (col.Role)
            {
                case ColumnRole.StartId: start = text; break;
                case ColumnRole.EndId: end = text; break;
                case ColumnRole.Type: type = text; break;
            }
        }
        if (string.IsNullOrEmpty(start)) errors.Add(new(file, record.Line, ":START_ID", "empty start id"));
        if (string.IsNullOrEmpty(end)) errors.Add(new(file, record.Line, ":END_ID", "empty end id"));
        RelationshipSpec? spec = null;
        if (string.IsNullOrEmpty(type)) errors.Add(new(file, record.Line, ":TYPE", "empty relationship type"));
        else if (!schema.Relationships.TryGetValue(type, out spec))
            errors.Add(new(file, record.Line, ":TYPE", $"unknown relationship type '{type}' (graph-schema defines {string.Join(", ", schema.Relationships.Keys)})"));
        var props = new List<KeyValuePair<string, object>>();
        if (spec is not null)
        {
            foreach (var col in columns)
            {
                if (col.Role != ColumnRole.Property) continue;
                var text = record.Fields[col.Index];
                if (text.Length == 0) continue;
                if (!spec.Properties.TryGetValue(col.Name, out var p))
                {
                    errors.Add(new(file, record.Line, col.Name, $"property '{col.Name}' is not defined for {spec.Type}"));
                    continue;
                }
                var value = p.Parse(text, out var error);
                if (error is not null) errors.Add(new(file, record.Line, col.Name, error));
                else props.Add(new(col.Name, value!));
            }
        }
        if (errors.Count == before)
            batch.Edges.Add((new GraphEdge(new NodeId(start!), spec!.Type, new NodeId(end!), PropertyBag.From(props)), new SourceRef(file, record.Line)));
    }
}
