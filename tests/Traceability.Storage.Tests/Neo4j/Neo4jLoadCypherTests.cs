using Traceability.Core.Schema;
using Traceability.Storage.Csv;
using Traceability.Storage.Neo4j;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Neo4j;

public sealed class Neo4jLoadCypherTests
{
    [Fact]
    public async Task Export_WritesALoadScript_ThatReadsEveryFileAndEveryColumn()
    {
        using var dir = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(dir);
        await StoreFixture.ImportAsync(store, RepoPaths.SeedGraph);

        var result = await new Neo4jCsvExporter(GraphSchema.Default).ExportAsync(store, dir.File("export"), CancellationToken.None);

        var script = await File.ReadAllTextAsync(dir.File($"export/{Neo4jLoadCypher.FileName}"));
        Assert.Contains(result.Files, f => f.EndsWith(Neo4jLoadCypher.FileName, StringComparison.Ordinal));
        var csvs = result.Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).ToList();
        Assert.Equal(14, csvs.Count);
        var statements = script.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Where(s => s.Contains("LOAD CSV", StringComparison.Ordinal)).ToList();
        Assert.Equal(csvs.Count, statements.Count);
        foreach (var csv in csvs)
        {
            var statement = Assert.Single(statements, s => s.Contains($"'file:///{Path.GetFileName(csv)}'", StringComparison.Ordinal));
            using var reader = new CsvReader(File.OpenRead(csv));
            foreach (var column in reader.Read()!.Fields.Where(c => c is not (":LABEL" or ":TYPE")))
                Assert.Contains($"row.`{column}`", statement);
        }
        Assert.Equal(script.Count(c => c == '('), script.Count(c => c == ')'));
        Assert.Equal(0, script.Count(c => c == '`') % 2);
        Assert.Contains("MERGE (s)-[r:`OWNS`]->(e)", script);
        Assert.Contains("toFloat(row.`percent:double`)", script);
    }
}
