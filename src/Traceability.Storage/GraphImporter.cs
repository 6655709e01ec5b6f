using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage.Json;
using Traceability.Storage.Neo4j;

namespace Traceability.Storage;

/// <summary>Reads graph files (neo4j-admin CSV or Traceability JSON) and stores them atomically.</summary>
public sealed class GraphImporter(GraphSchema schema, TimeProvider time)
{
    public GraphBatch Read(IReadOnlyList<string> paths, string format) => format switch
    {
        "neo4j-csv" => new Neo4jCsvReader(schema).Read(paths),
        "json" when paths.Count == 1 && File.Exists(paths[0]) => new GraphJsonReader(schema).Read(paths[0]),
        "json" => throw new ImportFailedException([new ImportError(string.Join(", ", paths), 0, null, "json import takes exactly one existing file")]),
        _ => throw new ArgumentException($"unknown graph format '{format}' (neo4j-csv or json)", nameof(format)),
    };

    public async Task<ImportReport> ImportAsync(IGraphStore store, IReadOnlyList<string> paths, string format, string actor, DateOnly? asOf, CancellationToken ct)
    {
        var batch = Read(paths, format);
        var options = new ImportOptions(asOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), actor, format);
        return await store.ImportAsync(batch, options, ct);
    }
}
