using Microsoft.Data.Sqlite;
using SQLitePCL;
using Traceability.Core.Schema;
using Traceability.Storage.Sqlite;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Reliability;

internal sealed class SqliteCrashTarget(TempDirectory dir) : ICrashTarget
{
    private int _copies;

    public string Name => "SQLite";

    public async Task<string> TemplateAsync(string name, string? network)
    {
        var path = dir.File($"template-{name}.db");
        if (network is null)
        {
            await using var store = await SqliteGraphStore.OpenAsync(path, GraphSchema.Default, TimeProvider.System, CancellationToken.None);
        }
        else
        {
            var r = await Cli.RunAsync("import", network, "--db", path, "--as-of", Networks.AsOf);
            Assert.True(r.Exit == 0, r.Err);
        }
        // The last connection to close checkpoints the WAL into the file.
        SqliteConnection.ClearAllPools();
        return path;
    }

    public Task<string> CopyAsync(string template)
    {
        var path = dir.File($"trial-{Interlocked.Increment(ref _copies)}.db");
        File.Copy(template, path);
        if (File.Exists(template + "-wal")) File.Copy(template + "-wal", path + "-wal");
        return Task.FromResult(path);
    }

    // BEGIN IMMEDIATE through SQLite's own API (no retry loop): SQLITE_BUSY means another connection holds the write lock.
    public Task<bool> WriterActiveAsync(string db)
    {
        using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        conn.Open();
        var rc = raw.sqlite3_exec(conn.Handle, "BEGIN IMMEDIATE");
        if (rc == raw.SQLITE_OK) raw.sqlite3_exec(conn.Handle, "ROLLBACK");
        return Task.FromResult(rc == raw.SQLITE_BUSY);
    }

    public bool HasServer => false;

    public Task<bool> KillServerAsync(string db) => Task.FromResult(false);

    public Task SettleAsync(string db) => Task.CompletedTask;

    public Task DropAsync(string db)
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        return Task.CompletedTask;
    }
}
