using Traceability.Core.Snapshots;
using Traceability.Core.Graph;
using Traceability.Storage.Tests.Neo4j;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

// Importing neo4j-admin CSV: what is stored, re-imports that change nothing, updates in place.
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Import_ValidBundle_StoresNodesEdgesAndProvenance()
    {
        using var dir = new TempDirectory();
        dir.Write("in/nodes.csv", SampleBundle.Nodes);
        dir.Write("in/rels.csv", SampleBundle.Rels);
        await using var store = await OpenAsync(dir);

        var report = await StoreFixture.ImportAsync(store, dir.File("in"));

        Assert.Equal(new ChangeCounts(6, 0, 0), report.Nodes);
        Assert.Equal(new ChangeCounts(5, 0, 0), report.Relationships);
        Assert.Equal(1, report.GraphVersion);
        var mine = await store.GetNodeAsync(new NodeId("mine-1"), CancellationToken.None);
        Assert.NotNull(mine);
        Assert.Equal("Facility", mine.Node.Label);
        Assert.Equal("Kolwezi Artisanal Site, Block 4", mine.Node.Name);
        Assert.Equal(400L, mine.Node.Properties["workers"]);
        Assert.Equal(["cobalt ore"], mine.Node.Properties.GetStrings("productTypes"));
        Assert.Equal("nodes.csv", mine.Provenance.SourceFile);
        Assert.Equal(2, mine.Provenance.SourceLine);
        Assert.Equal(new DateOnly(2026, 6, 1), mine.Provenance.AsOf);
        var refinery = await store.GetNodeAsync(new NodeId("ref-1"), CancellationToken.None);
        Assert.Equal(StoreFixture.AsOf, refinery!.Provenance.AsOf);
        Assert.Equal(report.ImportId, refinery.Provenance.ImportId);
        var owns = await store.ReadEdgesAsync(CancellationToken.None).SingleAsync(e => e.Edge.Type == "OWNS");
        Assert.Equal(60.0, owns.Edge.Properties["percent"]);
        Assert.Equal(new Core.Storage.Provenance("rels.csv", 5, report.ImportId, StoreFixture.AsOf), owns.Provenance);
    }

    [Fact]
    public async Task Import_SameDataTwice_ChangesNothing()
    {
        using var dir = new TempDirectory();
        dir.Write("in/nodes.csv", SampleBundle.Nodes);
        dir.Write("in/rels.csv", SampleBundle.Rels);
        await using var store = await OpenAsync(dir);
        await StoreFixture.ImportAsync(store, dir.File("in"));
        var before = await Core.Storage.GraphDigest.ComputeAsync(store, withProvenance: true, CancellationToken.None);

        var again = await StoreFixture.ImportAsync(store, dir.File("in"));

        Assert.True(again.Unchanged);
        Assert.Equal(new ChangeCounts(0, 0, 6), again.Nodes);
        Assert.Equal(new ChangeCounts(0, 0, 5), again.Relationships);
        Assert.Equal(1, again.GraphVersion);
        Assert.Equal(before, await Core.Storage.GraphDigest.ComputeAsync(store, withProvenance: true, CancellationToken.None));
    }

    [Fact]
    public async Task Import_ChangedRows_UpdateInPlaceById()
    {
        using var dir = new TempDirectory();
        dir.Write("in/nodes.csv", SampleBundle.Nodes);
        dir.Write("in/rels.csv", SampleBundle.Rels);
        await using var store = await OpenAsync(dir);
        await StoreFixture.ImportAsync(store, dir.File("in"));

        dir.Write("in/nodes.csv", SampleBundle.Nodes.Replace("Ganzhou Cobalt Refinery,CN,refinery,900", "Ganzhou Cobalt Refinery,CN,refinery,950", StringComparison.Ordinal));
        dir.Write("in/rels.csv", SampleBundle.Rels.Replace("co-1,ref-1,OWNS,,60", "co-1,ref-1,OWNS,,45", StringComparison.Ordinal));
        var report = await StoreFixture.ImportAsync(store, dir.File("in"));

        Assert.Equal(new ChangeCounts(0, 1, 5), report.Nodes);
        Assert.Equal(new ChangeCounts(0, 1, 4), report.Relationships);
        Assert.Equal(2, report.GraphVersion);
        var refinery = await store.GetNodeAsync(new NodeId("ref-1"), CancellationToken.None);
        Assert.Equal(950L, refinery!.Node.Properties["workers"]);
        Assert.Equal(report.ImportId, refinery.Provenance.ImportId);
        var counts = await store.CountAsync(CancellationToken.None);
        Assert.Equal(6, counts.Nodes);
        Assert.Equal(5, counts.Relationships);
    }

    [Fact]
    public async Task Import_BomAndCrlf_AreRead()
    {
        using var dir = new TempDirectory();
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        dir.WriteBytes("in/nodes.csv", [.. bom, .. System.Text.Encoding.UTF8.GetBytes(SampleBundle.Nodes.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        dir.Write("in/rels.csv", SampleBundle.Rels.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n");
        await using var store = await OpenAsync(dir);

        var report = await StoreFixture.ImportAsync(store, dir.File("in"));

        Assert.Equal(6, report.Nodes.Inserted);
        Assert.Equal(5, report.Relationships.Inserted);
        var mine = await store.GetNodeAsync(new NodeId("mine-1"), CancellationToken.None);
        Assert.Equal("Kolwezi Artisanal Site, Block 4", mine!.Node.Name);
    }

    [Fact]
    public async Task Import_RelationshipToStoredNode_ResolvesAgainstTheStore()
    {
        using var dir = new TempDirectory();
        dir.Write("a/nodes.csv", SampleBundle.Nodes);
        dir.Write("b/nodes.csv", "id:ID,:LABEL,name,country\nco-2,Company,Second Owner Ltd,HK\n");
        dir.Write("b/rels.csv", ":START_ID,:END_ID,:TYPE,percent:double\nco-2,co-1,OWNS,100\n");
        await using var store = await OpenAsync(dir);
        await StoreFixture.ImportAsync(store, dir.File("a"));

        var report = await StoreFixture.ImportAsync(store, dir.File("b"));

        Assert.Equal(1, report.Relationships.Inserted);
    }
}

// A large first load into an empty store may take a store's bulk path; it must store exactly what row-by-row upserts do.
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Import_LargeFirstLoad_StoresWhatRowByRowUpsertsStore()
    {
        using var dir = new TempDirectory();
        var generated = new Traceability.Storage.Generation.NetworkGenerator(new Traceability.Storage.Generation.GeneratorOptions { Products = 1500, Seed = 7 }).Generate(dir.File("net"));
        Assert.True(generated.Nodes + generated.Relationships >= 20_000, "the network must be large enough for a bulk path");
        dir.Write("small/nodes.csv", SampleBundle.Nodes);
        dir.Write("small/rels.csv", SampleBundle.Rels);

        // Store "bulk": the large network first, into an empty store; store "rows": a small import first, so every row is an upsert.
        await using var bulk = await OpenAsync(dir, "bulk.db");
        var first = await StoreFixture.ImportAsync(bulk, dir.File("net"));
        await StoreFixture.ImportAsync(bulk, dir.File("small"));
        await using var rows = await OpenAsync(dir, "rows.db");
        await StoreFixture.ImportAsync(rows, dir.File("small"));
        var upserted = await StoreFixture.ImportAsync(rows, dir.File("net"));

        Assert.Equal(new ChangeCounts(generated.Nodes, 0, 0), first.Nodes);
        Assert.Equal(new ChangeCounts(generated.Relationships, 0, 0), first.Relationships);
        Assert.Equal(upserted.Nodes, first.Nodes);
        Assert.Equal(upserted.Relationships, first.Relationships);
        Assert.Equal(
            await Core.Storage.GraphDigest.ComputeAsync(rows, withProvenance: false, CancellationToken.None),
            await Core.Storage.GraphDigest.ComputeAsync(bulk, withProvenance: false, CancellationToken.None));
        // The unique keys are back after the bulk load: the same network again is recognised row by row as unchanged.
        var again = await StoreFixture.ImportAsync(bulk, dir.File("net"));
        Assert.True(again.Unchanged);
        Assert.Equal(new ChangeCounts(0, 0, generated.Nodes), again.Nodes);
        var mine = await bulk.GetNodeAsync(new NodeId("mine-1"), CancellationToken.None);
        Assert.Equal("nodes.csv", mine!.Provenance.SourceFile);
    }
}

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Snapshot_LoadedWhileImportsCommit_IsTheGraphOfTheVersionItNames()
    {
        using var dir = new TempDirectory();
        await using var store = await OpenAsync(dir);
        dir.Write("base/nodes.csv", "id:ID,:LABEL,name\np,Product,Bolts\n");
        await StoreFixture.ImportAsync(store, dir.File("base"));
        var baseVersion = await store.GetGraphVersionAsync(CancellationToken.None);
        const int Imports = 40;
        for (var i = 0; i < Imports; i++)
        {
            dir.Write($"i{i}/nodes.csv", $"id:ID,:LABEL,name,country,facilityType\nf{i:D3},Facility,Plant {i},VN,factory\n");
            dir.Write($"i{i}/rels.csv", $":START_ID,:END_ID,:TYPE\nf{i:D3},p,SUPPLIES\n");
        }
        // Each import adds one node and one relationship and moves the version by one; a snapshot read across two of them
        // (nodes from one, relationships from another) would show it.
        var importing = Task.Run(async () =>
        {
            for (var i = 0; i < Imports; i++) await StoreFixture.ImportAsync(store, dir.File($"i{i}"));
        });
        var loads = 0;
        while (!importing.IsCompleted || loads == 0)
        {
            var g = await SnapshotBuilder.LoadAsync(store, CancellationToken.None);
            var imported = (int)(g.Version - baseVersion);
            Assert.InRange(imported, 0, Imports);
            Assert.Equal(1 + imported, g.NodeCount);
            Assert.Equal(imported, g.EdgeCount);
            loads++;
        }
        await importing;
        Assert.True(loads > 1, $"{loads} snapshot loads during the imports");
    }
}
