using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Snapshots;
using Traceability.Storage.Csv;

namespace Traceability.Storage.Evidence;

/// <summary>
/// Reads evidence items from CSV (columns node, kind, title, and optional date, issuer, file, url) and checks every row
/// before anything is stored: one bad row rejects the file, with file, line and column of each problem.
/// File paths are relative to the CSV file's folder.
/// </summary>
public static class EvidenceCsvReader
{
    public static readonly string[] Required = ["node", "kind", "title"];
    public static readonly string[] Optional = ["date", "issuer", "file", "url"];

    public static IReadOnlyList<EvidenceDraft> Read(string path, GraphSnapshot graph, DateOnly today)
    {
        if (!File.Exists(path)) throw new ImportFailedException([new ImportError(path, 0, null, "no such file")]);
        using var stream = File.OpenRead(path);
        return Read(Path.GetFileName(path), stream, graph, new EvidenceFiles(Path.GetDirectoryName(Path.GetFullPath(path))!), today);
    }

    /// <exception cref="ImportFailedException">Any row is invalid; nothing may be stored.</exception>
    public static IReadOnlyList<EvidenceDraft> Read(string name, Stream stream, GraphSnapshot graph, EvidenceFiles files, DateOnly today)
    {
        var errors = new List<ImportError>();
        var table = CsvTable.Read(name, stream, Required, errors);
        var drafts = new List<EvidenceDraft>();
        if (errors.Count == 0 && table.Rows.Count == 0) errors.Add(new(name, 0, null, "no evidence rows after the header"));
        foreach (var row in table.Rows)
        {
            if (errors.Count >= BatchValidator.MaxErrors) break;
            var input = new EvidenceInput(table.Get(row, "node"), table.Get(row, "kind"), table.Get(row, "title"), table.Get(row, "date"),
                table.Get(row, "issuer"), table.Get(row, "file"), table.Get(row, "url"));
            var problems = new List<(string Field, string Message)>();
            var draft = EvidenceIntake.Check(graph, input, files, today, problems);
            foreach (var (field, message) in problems) errors.Add(new(name, row.Line, field, message));
            if (draft is not null) drafts.Add(draft);
        }
        if (errors.Count > 0) throw new ImportFailedException(errors);
        return drafts;
    }
}
