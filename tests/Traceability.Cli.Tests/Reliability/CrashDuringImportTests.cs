using Traceability.Tests;

namespace Traceability.Cli.Tests.Reliability;

/// <summary>Issue 10, item 1: kill -9 during a large import leaves the before- or the after-state, intact, and the import reruns.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class CrashDuringImportTests
{
    [Fact]
    public async Task KillDuringImport_Sqlite_LeavesBeforeOrAfterState_AndReruns()
    {
        using var dir = new TempDirectory();
        var target = new SqliteCrashTarget(dir);
        var trials = await CrashTrials.RunAsync(target);
        Assert.Equal(CrashTrials.Expected(target), trials.Count);
        Assert.All(trials, t => Assert.Contains(t.Outcome, new[] { "before", "after" }));
    }

    [Fact]
    public async Task KillDuringImport_Postgres_LeavesBeforeOrAfterState_AndReruns()
    {
        var cluster = await PostgresCluster.GetAsync();
        var target = new PostgresCrashTarget(cluster);
        var trials = await CrashTrials.RunAsync(target);
        Assert.Equal(CrashTrials.Expected(target), trials.Count);
        Assert.All(trials, t => Assert.Contains(t.Outcome, new[] { "before", "after" }));
        Assert.Contains(trials, t => t.Server);
    }
}
