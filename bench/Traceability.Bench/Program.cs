using System.Diagnostics;
using System.Globalization;
using Traceability.Bench;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage;
using Traceability.Storage.Postgres;
using Traceability.Storage.Sqlite;

// Whole-process import benchmark; bench/postgres-import.sh runs it once per mode under /usr/bin/time for peak RSS.
// Usage: Traceability.Bench copy|insert|sqlite GRAPH_FOLDER TARGET (a PostgreSQL connection string or a SQLite file)
if (args.Length != 3 || args[0] is not ("copy" or "insert" or "sqlite"))
{
    Console.Error.WriteLine("usage: Traceability.Bench copy|insert|sqlite GRAPH_FOLDER TARGET");
    return 2;
}
var (mode, folder, target) = (args[0], args[1], args[2]);
var schema = GraphSchema.Default;
var clock = Stopwatch.StartNew();
var batch = new GraphImporter(schema, TimeProvider.System).Read([folder], "neo4j-csv");
var read = clock.Elapsed;
var options = new ImportOptions(new DateOnly(2026, 11, 1), "bench", "neo4j-csv");
clock.Restart();
ChangeCounts nodes, rels;
switch (mode)
{
    case "copy":
        await using (var store = await PostgresGraphStore.OpenAsync(target, schema, TimeProvider.System, CancellationToken.None))
        {
            clock.Restart();
            var report = await store.ImportAsync(batch, options, CancellationToken.None);
            (nodes, rels) = (report.Nodes, report.Relationships);
        }
        break;
    case "insert":
        await using (var store = await PostgresGraphStore.OpenAsync(target, schema, TimeProvider.System, CancellationToken.None)) { }
        clock.Restart();
        (nodes, rels) = await MultiRowInsert.ImportAsync(target, schema, batch, options, CancellationToken.None);
        break;
    default:
        await using (var store = await SqliteGraphStore.OpenAsync(target, schema, TimeProvider.System, CancellationToken.None))
        {
            clock.Restart();
            var report = await store.ImportAsync(batch, options, CancellationToken.None);
            (nodes, rels) = (report.Nodes, report.Relationships);
        }
        break;
}
var stored = clock.Elapsed;
var rows = batch.Nodes.Count + batch.Edges.Count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{mode}: {batch.Nodes.Count} nodes, {batch.Edges.Count} relationships; read {read.TotalSeconds:F1} s; stored {stored.TotalSeconds:F1} s = {rows / stored.TotalSeconds:F0} rows/s; inserted {nodes.Inserted}+{rels.Inserted}"));
return 0;
