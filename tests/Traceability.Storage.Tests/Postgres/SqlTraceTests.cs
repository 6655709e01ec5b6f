using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Schema;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;
using Traceability.Storage.Generation;
using Traceability.Storage.Postgres;
using Traceability.Storage.Reference;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Postgres;

/// <summary>The recursive-SQL trace and the in-memory engine, two independent implementations, agree.</summary>
public sealed class SqlTraceTests(ITestOutputHelper output)
{
    private const long Budget = 20_000;

    private static async Task<(PostgresGraphStore Store, RiskIndex Risk)> LoadAsync(string folder)
    {
        var cluster = await PostgresCluster.GetAsync();
        var store = await PostgresGraphStore.OpenAsync(await cluster.CreateDatabaseAsync(), GraphSchema.Default, TimeProvider.System, CancellationToken.None);
        await StoreFixture.ImportAsync(store, folder);
        var snapshot = await SnapshotBuilder.LoadAsync(store, CancellationToken.None);
        return (store, RuleEngine.Evaluate(snapshot, ReferenceListReader.ReadFolder(Path.Combine(RepoPaths.SeedData, "lists"))));
    }

    private static IEnumerable<NodeId> Products(RiskIndex risk) =>
        Enumerable.Range(0, risk.Graph.NodeCount).Where(v => risk.Graph.KindOf(v) == NodeKind.Product).Select(risk.Graph.IdOf);

    /// <summary>Compares one product; returns false when its paths are beyond the budget (then the SQL trace must say it was cut).</summary>
    private static async Task<bool> AgreeAsync(PostgresGraphStore store, RiskIndex risk, NodeId product)
    {
        var memory = TraceEngine.Trace(risk, product, new PathQuery { Limit = 0 }, null, CancellationToken.None);
        // Beyond the budget only the cone is compared in full; a small path budget keeps the walk short.
        var sql = await store.SqlTraceAsync(product, memory.PathCount.Value > Budget ? 100 : Budget, CancellationToken.None);

        Assert.Equal(memory.Origins.Select(o => o.Id).Order(), sql.Origins.Order());
        Assert.Equal(memory.Untraced.Select(o => o.Id).Order(), sql.Untraced.Order());
        Assert.Equal(memory.ConeNodes, sql.Upstream.Count);
        var flaggedSql = sql.Upstream.Where(id => risk.FlagsOf(risk.Graph.Find(id.Value)!.Value).Count > 0).Order();
        Assert.Equal(memory.Flags.Select(f => f.Flag.Node).Distinct().Order(), flaggedSql);
        Assert.True(memory.PathCount.Exact, $"{product}: in-memory count is a lower bound");
        if (memory.PathCount.Value > Budget)
        {
            Assert.False(sql.Exact, $"{product}: {memory.PathCount} paths, but the SQL trace claims exactly {sql.PathCount}");
            Assert.True(sql.PathCount <= memory.PathCount.Value);
            return false;
        }
        Assert.True(sql.Exact, $"{product}: SQL trace cut by {sql.CutBy} at {sql.PathCount} of {memory.PathCount} paths");
        Assert.Equal(memory.PathCount.Value, sql.PathCount);
        return true;
    }

    [Fact]
    public async Task SqlTrace_EveryProductOfSeedData_AgreesWithTheInMemoryEngine()
    {
        var (store, risk) = await LoadAsync(RepoPaths.SeedGraph);
        await using var s = store;

        var compared = 0;
        foreach (var product in Products(risk))
            if (await AgreeAsync(store, risk, product)) compared++;

        Assert.Equal(Products(risk).Count(), compared);
    }

    [Fact]
    public async Task SqlTrace_GeneratedNetwork_AgreesWithTheInMemoryEngine()
    {
        using var dir = new TempDirectory();
        new NetworkGenerator(new GeneratorOptions { Nodes = 3000, Seed = 6 }).Generate(dir.File("net"));
        var (store, risk) = await LoadAsync(dir.File("net"));
        await using var s = store;

        int compared = 0, cut = 0;
        foreach (var product in Products(risk))
            if (await AgreeAsync(store, risk, product)) compared++;
            else cut++;

        output.WriteLine($"{compared} products compared in full, {cut} beyond {Budget} paths (cut, lower bound checked)");
        Assert.True(compared >= 10, $"only {compared} products below the budget");
    }

    [Fact]
    public async Task SqlTrace_BudgetSmallerThanThePaths_SaysItWasCut()
    {
        var (store, risk) = await LoadAsync(RepoPaths.SeedGraph);
        await using var s = store;
        var product = Products(risk).First(p => TraceEngine.Trace(risk, p, new PathQuery { Limit = 0 }, null, CancellationToken.None).PathCount.Value > 3);

        var sql = await store.SqlTraceAsync(product, 2, CancellationToken.None);

        Assert.Equal("paths", sql.CutBy);
        Assert.False(sql.Exact);
        Assert.Equal(2, sql.PathCount);
    }

    [Fact]
    public async Task SqlTrace_UnknownOrUntraceableNode_IsRefused()
    {
        var (store, _) = await LoadAsync(RepoPaths.SeedGraph);
        await using var s = store;

        await Assert.ThrowsAsync<Core.NotFoundException>(() => store.SqlTraceAsync(new NodeId("no-such-node"), 10, CancellationToken.None));
        var company = (await store.ReadNodesAsync(CancellationToken.None).FirstAsync(n => n.Node.Label == "Company")).Node.Id;
        await Assert.ThrowsAsync<Core.QueryException>(() => store.SqlTraceAsync(company, 10, CancellationToken.None));
    }
}
