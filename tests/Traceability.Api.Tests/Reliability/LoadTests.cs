using Traceability.Tests;

namespace Traceability.Api.Tests.Reliability;

/// <summary>
/// Issue 10, item 8: mixed read, trace and write clients against the API on a real Kestrel port for a bounded time, on
/// SQLite and PostgreSQL; no errors, every acknowledged write is there afterwards, latencies and memory recorded.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class LoadTests
{
    [Fact]
    public async Task MixedClients_Sqlite_NoErrors_AndNoAcknowledgedWriteLost()
    {
        var (evidence, _) = await LoadRun.RunAsync("SQLite", null);
        Assert.True(evidence > 0, "the writers wrote nothing, so no write could be lost");
    }

    [Fact]
    public async Task MixedClients_Postgres_NoErrors_AndNoAcknowledgedWriteLost()
    {
        var cluster = await PostgresCluster.GetAsync();
        var (evidence, _) = await LoadRun.RunAsync("PostgreSQL", await cluster.CreateDatabaseAsync());
        Assert.True(evidence > 0, "the writers wrote nothing, so no write could be lost");
    }
}
