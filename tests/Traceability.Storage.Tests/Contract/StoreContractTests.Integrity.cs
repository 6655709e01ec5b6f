using Traceability.Storage.Tests.Neo4j;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

// The integrity check: passes on what the store wrote, names what is wrong when the tables were changed behind its back.
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CheckIntegrity_AfterImports_PassesEveryCheck()
    {
        using var dir = new TempDirectory();
        dir.Write("in/nodes.csv", SampleBundle.Nodes);
        dir.Write("in/rels.csv", SampleBundle.Rels);
        await using var store = await OpenAsync(dir);
        var empty = await store.CheckIntegrityAsync(CancellationToken.None);
        await StoreFixture.ImportAsync(store, dir.File("in"));
        await StoreFixture.ImportAsync(store, RepoPaths.SeedGraph);

        var report = await store.CheckIntegrityAsync(CancellationToken.None);

        Assert.True(empty.Intact, string.Join("; ", empty.Checks));
        Assert.True(report.Intact, string.Join("; ", report.Checks));
        Assert.Equal(store.Location, report.Store);
        Assert.Contains(report.Checks, c => c.Name == "audit trail verifies");
        Assert.Contains(report.Checks, c => c is { Name: "graph version matches the import log", Detail: "graph version 2" });
    }

    [Fact]
    public async Task CheckIntegrity_RowsOfAnUnrecordedImport_Fail()
    {
        using var dir = new TempDirectory();
        dir.Write("in/nodes.csv", SampleBundle.Nodes);
        dir.Write("in/rels.csv", SampleBundle.Rels);
        await using var store = await OpenAsync(dir);
        await StoreFixture.ImportAsync(store, dir.File("in"));

        await ExecuteSqlAsync(dir, "UPDATE node SET import_id = 7 WHERE id = 'mine-1'");
        var report = await store.CheckIntegrityAsync(CancellationToken.None);

        Assert.False(report.Intact);
        var failed = Assert.Single(report.Checks, c => !c.Passed);
        Assert.Equal("every row belongs to a recorded import", failed.Name);
        Assert.StartsWith("1 rows name an import that is not in the import log", failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIntegrity_RelationshipBetweenLabelsItsTypeDoesNotAllow_Fails()
    {
        using var dir = new TempDirectory();
        dir.Write("in/nodes.csv", SampleBundle.Nodes);
        dir.Write("in/rels.csv", SampleBundle.Rels);
        await using var store = await OpenAsync(dir);
        await StoreFixture.ImportAsync(store, dir.File("in"));

        await ExecuteSqlAsync(dir, "UPDATE edge SET type = 'IMPORTS' WHERE type = 'WORKS_AT'");
        var report = await store.CheckIntegrityAsync(CancellationToken.None);

        var failed = Assert.Single(report.Checks, c => !c.Passed);
        Assert.Equal("relationships allowed by graph-schema", failed.Name);
        Assert.Equal("not allowed: 1 x (LaborSource)-[:IMPORTS]->(Facility)", failed.Detail);
    }
}
