using System.Diagnostics;
using Npgsql;
using Traceability.Core.Schema;
using Traceability.Storage.Postgres;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Reliability;

internal sealed class PostgresCrashTarget(PostgresCluster cluster) : ICrashTarget
{
    // The killed importer's sessions carry this name, so that the test can watch them end.
    public const string Application = "traceability-kill";

    private int _copies;

    public string Name => "PostgreSQL";

    public async Task<string> TemplateAsync(string name, string? network)
    {
        var db = Named(Database(await cluster.CreateDatabaseAsync()));
        if (network is null)
        {
            await using var store = await PostgresGraphStore.OpenAsync(db, GraphSchema.Default, TimeProvider.System, CancellationToken.None);
        }
        else
        {
            var r = await Cli.RunAsync("import", network, "--db", db, "--as-of", Networks.AsOf);
            Assert.True(r.Exit == 0, r.Err);
        }
        return db;
    }

    public async Task<string> CopyAsync(string template)
    {
        var name = $"kill_{Environment.ProcessId}_{Interlocked.Increment(ref _copies)}";
        // CREATE DATABASE ... TEMPLATE needs the template without sessions; idle pooled ones count.
        NpgsqlConnection.ClearAllPools();
        await cluster.ExecAsync($"CREATE DATABASE {name} TEMPLATE {Database(template)}");
        return Named(name);
    }

    public async Task<bool> WriterActiveAsync(string db) =>
        await CountAsync(db, "backend_xid IS NOT NULL") > 0;

    public bool HasServer => true;

    // The backend of the importer's busiest session. Killing a backend makes the postmaster end every session and run crash
    // recovery, as after a crash of the server.
    public async Task<bool> KillServerAsync(string db)
    {
        await using var conn = new NpgsqlConnection(cluster.AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2
            ORDER BY backend_xid IS NULL, xact_start IS NULL, backend_start LIMIT 1
            """, conn);
        cmd.Parameters.Add(new NpgsqlParameter { Value = Database(db) });
        cmd.Parameters.Add(new NpgsqlParameter { Value = Application });
        if (await cmd.ExecuteScalarAsync() is not int pid) return false;
        using var kill = Process.Start("kill", ["-9", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        return kill.ExitCode == 0;
    }

    public async Task SettleAsync(string db)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), "the killed importer's transaction is still open (or the server is not back) after 120 s");
            try
            {
                if (await CountAsync(db, "xact_start IS NOT NULL") == 0) break;
            }
            catch (NpgsqlException)
            {
                // The server is restarting after a killed backend; pooled connections are gone.
                NpgsqlConnection.ClearAllPools();
            }
            await Task.Delay(50);
        }
        NpgsqlConnection.ClearAllPools();
    }

    public async Task DropAsync(string db)
    {
        NpgsqlConnection.ClearAllPools();
        await cluster.ExecAsync($"DROP DATABASE IF EXISTS {Database(db)} WITH (FORCE)");
    }

    private async Task<long> CountAsync(string db, string condition)
    {
        await using var conn = new NpgsqlConnection(cluster.AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            $"SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name = $2 AND {condition}", conn);
        cmd.Parameters.Add(new NpgsqlParameter { Value = Database(db) });
        cmd.Parameters.Add(new NpgsqlParameter { Value = Application });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private string Named(string database) =>
        new NpgsqlConnectionStringBuilder(cluster.Connection(database)) { ApplicationName = Application }.ConnectionString;

    private static string Database(string db) => new NpgsqlConnectionStringBuilder(db).Database!;
}
