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
        await CrashTrials.RunAsync(new SqliteCrashTarget(dir));
    }

    [Fact]
    public async Task KillDuringImport_Postgres_LeavesBeforeOrAfterState_AndReruns()
    {
        var cluster = await PostgresCluster.GetAsync();
        await CrashTrials.RunAsync(new PostgresCrashTarget(cluster));
    }
}
