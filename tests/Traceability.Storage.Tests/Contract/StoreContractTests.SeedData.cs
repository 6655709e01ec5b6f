using Traceability.Core.Storage;
using Traceability.Storage.Csv;
using Traceability.Storage.Json;
using Traceability.Storage.Neo4j;
using Traceability.Storage.Tests.Neo4j;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

// The seed-data network: counts per label and type, lossless round trips through CSV and JSON, deterministic export.
public abstract partial class StoreContractTests
{
    /// <summary>Rows per label and per type, counted from the files themselves.</summary>
    private static (Dictionary<string, long> Labels, Dictionary<string, long> Types) CountFiles(string folder)
    {
        var labels = new Dictionary<string, long>();
        var types = new Dictionary<string, long>();
        foreach (var file in Directory.GetFiles(folder, "*.csv"))
        {
            using var csv = new CsvReader(File.OpenRead(file));
            var header = csv.Read()!.Fields;
            var col = Array.FindIndex(header, h => h is ":LABEL" or ":TYPE");
            var target = header[col] == ":LABEL" ? labels : types;
            while (csv.Read() is { } r) target[r.Fields[col]] = target.GetValueOrDefault(r.Fields[col]) + 1;
        }
        return (labels, types);
    }

    [Fact]
    public async Task Import_SeedData_CountsPerLabelAndTypeEqualTheFiles()
    {
        using var dir = new TempDirectory();
        await using var store = await OpenAsync(dir);

        await StoreFixture.ImportAsync(store, RepoPaths.SeedGraph);

        var (labels, types) = CountFiles(RepoPaths.SeedGraph);
        var counts = await store.CountAsync(CancellationToken.None);
        Assert.Equal(labels.OrderBy(kv => kv.Key), counts.NodesByLabel.OrderBy(kv => kv.Key));
        Assert.Equal(types.OrderBy(kv => kv.Key), counts.RelationshipsByType.OrderBy(kv => kv.Key));
        Assert.Equal(7, counts.NodesByLabel.Count);
        Assert.Equal(7, counts.RelationshipsByType.Count);
    }

    [Fact]
    public async Task RoundTrip_ImportExportCsvImport_IsLossless()
    {
        using var dir = new TempDirectory();
        await using var first = await OpenAsync(dir, "first.db");
        await StoreFixture.ImportAsync(first, RepoPaths.SeedGraph);

        await new Neo4jCsvExporter(Core.Schema.GraphSchema.Default).ExportAsync(first, dir.File("export"), CancellationToken.None);
        await using var second = await OpenAsync(dir, "second.db");
        await StoreFixture.ImportAsync(second, dir.File("export"));

        Assert.Equal(await GraphDigest.ComputeAsync(first, false, CancellationToken.None), await GraphDigest.ComputeAsync(second, false, CancellationToken.None));
        var again = await StoreFixture.ImportAsync(second, dir.File("export"));
        Assert.True(again.Unchanged);
        Assert.True(File.Exists(dir.File("export/neo4j-constraints.cypher")));
        Assert.True(File.Exists(dir.File("export/neo4j-import.sh")));
    }

    [Fact]
    public async Task RoundTrip_ImportExportJsonImport_IsLossless()
    {
        using var dir = new TempDirectory();
        await using var first = await OpenAsync(dir, "first.db");
        await StoreFixture.ImportAsync(first, RepoPaths.SeedGraph);
        await using (var stream = File.Create(dir.File("graph.json")))
            await new GraphJsonExporter(Core.Schema.GraphSchema.Default).ExportAsync(first, stream, CancellationToken.None);

        await using var second = await OpenAsync(dir, "second.db");
        await new GraphImporter(Core.Schema.GraphSchema.Default, TimeProvider.System)
            .ImportAsync(second, [dir.File("graph.json")], "json", "test", StoreFixture.AsOf, CancellationToken.None);

        Assert.Equal(await GraphDigest.ComputeAsync(first, false, CancellationToken.None), await GraphDigest.ComputeAsync(second, false, CancellationToken.None));
    }

    [Fact]
    public async Task Export_IsDeterministic()
    {
        using var dir = new TempDirectory();
        await using var store = await OpenAsync(dir);
        await StoreFixture.ImportAsync(store, RepoPaths.SeedGraph);
        var exporter = new Neo4jCsvExporter(Core.Schema.GraphSchema.Default);

        await exporter.ExportAsync(store, dir.File("a"), CancellationToken.None);
        await exporter.ExportAsync(store, dir.File("b"), CancellationToken.None);

        foreach (var file in Directory.GetFiles(dir.File("a")))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(dir.File("b"), Path.GetFileName(file))));
    }
}
