using System.Diagnostics;
using Npgsql;
using Traceability.Storage.Postgres;

namespace Traceability.Tests;

/// <summary>
/// The throwaway PostgreSQL cluster of one test process: a <see cref="LocalCluster"/> (initdb and pg_ctl from Debian's
/// postgresql package, in a temp folder on a free port of 127.0.0.1) tuned for tests, stopped and deleted when the process
/// ends (a watchdog does it if the process dies). Tests call <see cref="GetAsync"/>: when the binaries are missing it
/// skips the test with the reason, except under <c>CI=true</c>, where a missing binary fails it.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<Task<(PostgresCluster? Cluster, string? Missing)>> Shared = new(StartAsync);
    private static readonly string[] Settings =
        ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=300"];
    private static int _databases;

    private readonly LocalCluster _cluster;

    private PostgresCluster(LocalCluster cluster) => _cluster = cluster;

    public int Port => _cluster.Port;

    /// <summary>Superuser connection string to the <c>postgres</c> database.</summary>
    public string AdminConnectionString => Connection("postgres");

    /// <summary>The cluster of this test process, started on first use; skips (or fails under CI) when PostgreSQL is missing.</summary>
    public static async Task<PostgresCluster> GetAsync()
    {
        var (cluster, missing) = await Shared.Value;
        if (cluster is not null) return cluster;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"CI=true and PostgreSQL is not available: {missing}");
        Assert.Skip($"PostgreSQL is not available: {missing}");
        throw new UnreachableException();
    }

    /// <summary>A connection string for <paramref name="database"/> as <paramref name="user"/> (trust authentication).</summary>
    public string Connection(string database, string user = "postgres") =>
        new NpgsqlConnectionStringBuilder(_cluster.Connection(database, user)) { CommandTimeout = 300 }.ConnectionString;

    /// <summary>Creates an empty database and returns its superuser connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():n}"[..24];
        await ExecAsync($"CREATE DATABASE {name}");
        return Connection(name);
    }

    /// <summary>Creates a login role without special rights.</summary>
    public async Task CreateRoleAsync(string name) => await ExecAsync($"CREATE ROLE {name} LOGIN");

    /// <summary>Runs SQL on <paramref name="connectionString"/> (default: the admin database).</summary>
    public Task ExecAsync(string sql, string? connectionString = null) => _cluster.ExecAsync(sql, connectionString ?? AdminConnectionString);

    private static async Task<(PostgresCluster?, string?)> StartAsync()
    {
        if (LocalCluster.FindBinaries(out var missing) is null) return (null, missing);
        var cluster = new PostgresCluster(await LocalCluster.StartAsync("/tmp", Settings, CancellationToken.None));
        cluster.Watch();
        return (cluster, null);
    }

    // Stops the cluster when this process exits, normally (ProcessExit) or not (a shell watchdog polling the pid).
    private void Watch()
    {
        var stop = _cluster.StopCommand();
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop}";
        using var watchdog = Process.Start(new ProcessStartInfo("setsid", ["bash", "-c", $"({script}) </dev/null >/dev/null 2>&1 &"])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        });
        watchdog?.WaitForExit(10_000);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var p = Process.Start(new ProcessStartInfo("bash", ["-c", stop]) { UseShellExecute = false, RedirectStandardOutput = true });
            p?.WaitForExit(20_000);
        };
    }
}
