using System.Security.Cryptography;
using Npgsql;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Reliability;

/// <summary>
/// Issue 10, item 2: a full disk and a read-only store, made for real (a size-limited tmpfs, a read-only mount, a PostgreSQL
/// tablespace on a tiny tmpfs, a read-only database, a role without write rights): the import fails with exit code 1 and
/// an error naming the cause and the store, nothing is half-written (the digest is unchanged and the check passes), and
/// once the cause is gone the import runs.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class DiskFullAndReadOnlyTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Import_DiskFull_Sqlite_FailsClearly_ChangesNothing_AndRunsOnceThereIsSpace(bool loaded)
    {
        var network = await Networks.GetAsync(1_000, 42);
        await using var disk = await Tmpfs.MountAsync("3m");
        var db = disk.File("store.db");
        if (loaded) Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", db, "--as-of", Networks.AsOf)).Exit);
        else Assert.Equal(0, (await Cli.RunAsync("stats", "--db", db)).Exit);
        var before = await Networks.CheckAsync(db);

        var r = await Cli.RunAsync("import", network, "--db", db, "--as-of", Networks.AsOf);

        Assert.Equal(1, r.Exit);
        Assert.Contains($"error: disk full while writing sqlite:{db}", r.Err);
        Assert.Contains("nothing was changed", r.Err);
        Assert.DoesNotContain("   at ", r.Err);
        var after = await Networks.CheckAsync(db);
        Assert.True(after.Intact, after.Text);
        Assert.Equal(before.Digest, after.Digest);

        await disk.RemountAsync("rw,size=256m");
        Assert.Equal(0, (await Cli.RunAsync("import", network, "--db", db, "--as-of", Networks.AsOf)).Exit);
        Assert.True((await Networks.CheckAsync(db)).Intact);
        ReliabilityRun.Log($"disk full ({(loaded ? "upsert" : "bulk")} path): {r.Err.Trim()}");
    }

    [Fact]
    public async Task Import_ReadOnlyDisk_Sqlite_FailsClearly_AndWritesNothing()
    {
        await using var disk = await Tmpfs.MountAsync("16m");
        var db = disk.File("store.db");
        Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", db, "--as-of", Networks.AsOf)).Exit);
        var before = await Networks.CheckAsync(db);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var files = Snapshot(disk.Path);
        await disk.RemountAsync("ro");

        var r = await Cli.RunAsync("import", await Networks.GetAsync(1_000, 42), "--db", db, "--as-of", Networks.AsOf);

        Assert.Equal(1, r.Exit);
        Assert.Contains($"error: sqlite:{db} is read-only: {disk.Path} cannot be written", r.Err);
        Assert.DoesNotContain("   at ", r.Err);
        await disk.RemountAsync("rw");
        Assert.Equal(files, Snapshot(disk.Path));
        var after = await Networks.CheckAsync(db);
        Assert.True(after.Intact, after.Text);
        Assert.Equal(before.Digest, after.Digest);
        ReliabilityRun.Log($"read-only disk: {r.Err.Trim()}");
    }

    [Fact]
    public async Task Import_ReadOnlyFile_Sqlite_FailsClearly_AndWritesNothing()
    {
        using var dir = new TempDirectory();
        var db = dir.File("store.db");
        Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", db, "--as-of", Networks.AsOf)).Exit);
        var before = await Networks.CheckAsync(db);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = Sha(db);
        Task<Cli.Result> import;
        await using (await Tmpfs.ReadOnlyFileAsync(db))
        {
            import = Cli.RunAsync("import", await Networks.GetAsync(1_000, 42), "--db", db, "--as-of", Networks.AsOf);
            var r = await import;
            Assert.Equal(1, r.Exit);
            Assert.Contains($"error: sqlite:{db} is read-only (SQLite Error 8: 'attempt to write a readonly database')", r.Err);
            Assert.Equal(bytes, Sha(db));
            var during = await Networks.CheckAsync(db);
            Assert.True(during.Intact, during.Text);
            Assert.Equal(before.Digest, during.Digest);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        Assert.Equal(bytes, Sha(db));
        ReliabilityRun.Log($"read-only file: {(await import).Err.Trim()}");
    }

    [Fact]
    public async Task Import_DiskFull_Postgres_FailsClearly_ChangesNothing_AndRunsOnceThereIsSpace()
    {
        var cluster = await PostgresCluster.GetAsync();
        await using var disk = await Tmpfs.MountAsync("14m", owner: "postgres");
        var space = "tiny_" + Guid.NewGuid().ToString("n")[..8];
        var name = "full_" + Guid.NewGuid().ToString("n")[..8];
        await cluster.ExecAsync($"CREATE TABLESPACE {space} LOCATION '{disk.Path}'");
        try
        {
            await cluster.ExecAsync($"CREATE DATABASE {name} TABLESPACE {space}");
            var db = cluster.Connection(name);
            Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", db, "--as-of", Networks.AsOf)).Exit);
            var before = await Networks.CheckAsync(db);
            var network = await Networks.GetAsync(1_000, 42);

            var r = await Cli.RunAsync("import", network, "--db", db, "--as-of", Networks.AsOf);

            Assert.Equal(1, r.Exit);
            Assert.Contains("error: disk full on the PostgreSQL server of postgres://postgres@127.0.0.1:", r.Err);
            Assert.Contains("No space left on device", r.Err);
            Assert.Contains("nothing was changed", r.Err);
            var after = await Networks.CheckAsync(db);
            Assert.True(after.Intact, after.Text);
            Assert.Equal(before.Digest, after.Digest);

            await disk.RemountAsync("rw,size=256m");
            Assert.Equal(0, (await Cli.RunAsync("import", network, "--db", db, "--as-of", Networks.AsOf)).Exit);
            Assert.True((await Networks.CheckAsync(db)).Intact);
            ReliabilityRun.Log($"PostgreSQL disk full: {r.Err.Trim()}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await cluster.ExecAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            await cluster.ExecAsync($"DROP TABLESPACE IF EXISTS {space}");
        }
    }

    [Fact]
    public async Task Import_ReadOnlyDatabase_Postgres_FailsClearly_AndWritesNothing()
    {
        var cluster = await PostgresCluster.GetAsync();
        var db = await cluster.CreateDatabaseAsync();
        Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", db, "--as-of", Networks.AsOf)).Exit);
        var before = await Networks.CheckAsync(db);
        await cluster.ExecAsync($"ALTER DATABASE {new NpgsqlConnectionStringBuilder(db).Database} SET default_transaction_read_only = on");
        NpgsqlConnection.ClearAllPools();

        var r = await Cli.RunAsync("import", await Networks.GetAsync(1_000, 42), "--db", db, "--as-of", Networks.AsOf);

        Assert.Equal(1, r.Exit);
        Assert.Contains("is read-only (cannot execute CREATE TABLE in a read-only transaction)", r.Err);
        var after = await Networks.CheckAsync(db);
        Assert.True(after.Intact, after.Text);
        Assert.Equal(before.Digest, after.Digest);
        Assert.Contains("1 records, head 1 ", after.Text);
        ReliabilityRun.Log($"PostgreSQL read-only database: {r.Err.Trim()}");
    }

    [Fact]
    public async Task Import_RoleWithoutWriteRights_Postgres_FailsClearly_AndWritesNothing()
    {
        var cluster = await PostgresCluster.GetAsync();
        var db = await cluster.CreateDatabaseAsync();
        Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", db, "--as-of", Networks.AsOf)).Exit);
        var before = await Networks.CheckAsync(db);
        var role = "reader_" + Guid.NewGuid().ToString("n")[..8];
        await cluster.CreateRoleAsync(role);
        await cluster.ExecAsync($"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}", db);
        var database = new NpgsqlConnectionStringBuilder(db).Database!;

        var r = await Cli.RunAsync("import", await Networks.GetAsync(1_000, 42), "--db", cluster.Connection(database, role), "--as-of", Networks.AsOf);

        Assert.Equal(1, r.Exit);
        Assert.Contains($"error: the database role may not write to postgres://{role}@", r.Err);
        Assert.Contains("permission denied for table", r.Err);
        var after = await Networks.CheckAsync(db);
        Assert.Equal(before.Digest, after.Digest);
        ReliabilityRun.Log($"PostgreSQL role without write rights: {r.Err.Trim()}");
    }

    private static string Sha(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    private static List<string> Snapshot(string folder) =>
        [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => $"{Path.GetFileName(f)} {Sha(f)}")];
}
