using System.Security.Cryptography;
using Npgsql;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Reliability;

/// <summary>Issue 10, item 9: <c>backup</c> and <c>restore</c> on SQLite (online backup API) and PostgreSQL (pg_dump).</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Backup_WhileImportsRun_Sqlite_RestoresACommittedState()
    {
        using var dir = new TempDirectory();
        var targets = 0;
        await BackupTrials.RunAsync("SQLite", dir.File("live.db"), () => Task.FromResult(dir.File($"restored-{++targets}.db")), dir);
    }

    [Fact]
    public async Task Backup_WhileImportsRun_Postgres_RestoresACommittedState()
    {
        var cluster = await PostgresCluster.GetAsync();
        using var dir = new TempDirectory();
        await BackupTrials.RunAsync("PostgreSQL", await cluster.CreateDatabaseAsync(), cluster.CreateDatabaseAsync, dir);
    }

    [Fact]
    public async Task Restore_IntoAStoreWithData_RefusesWithoutForce_AndReplacesWithForce()
    {
        using var dir = new TempDirectory();
        var source = dir.File("source.db");
        var target = dir.File("target.db");
        Assert.Equal(0, (await Cli.RunAsync("import", await Networks.GetAsync(100, 42), "--db", source, "--as-of", Networks.AsOf)).Exit);
        Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", target, "--as-of", Networks.AsOf)).Exit);
        var backup = await Cli.RunAsync("backup", dir.File("b.db"), "--db", source);
        Assert.True(backup.Exit == 0, backup.Err);
        var before = await Networks.CheckAsync(target);

        var refused = await Cli.RunAsync("restore", dir.File("b.db"), "--db", target);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("holds data (301 node rows", refused.Err);
        Assert.Contains("restore refuses to overwrite it without --force", refused.Err);
        Assert.Equal(before.Digest, (await Networks.CheckAsync(target)).Digest);

        var forced = await Cli.RunAsync("restore", dir.File("b.db"), "--db", target, "--force");
        Assert.True(forced.Exit == 0, forced.Err);
        Assert.Contains("(replacing what it held)", forced.Out);
        var restored = await Networks.CheckAsync(target);
        Assert.Equal((await Networks.CheckAsync(source)).Digest, restored.Digest);
        Assert.Contains($"graph digest {restored.Digest}", backup.Out);
        Assert.Equal(1, (await Cli.RunAsync("backup", dir.File("b.db"), "--db", source)).Exit);
    }

    public static TheoryData<string> Damages => ["truncated", "overwritten", "not a database", "empty"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task Restore_DamagedBackup_Sqlite_FailsClearly_AndLeavesTheTargetUntouched(string damage)
    {
        using var dir = new TempDirectory();
        var target = dir.File("target.db");
        Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", target, "--as-of", Networks.AsOf)).Exit);
        var backup = dir.File("b.db");
        File.Copy(await SqliteBackupAsync(), backup);
        Damage(backup, damage);
        var before = await Networks.CheckAsync(target);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = Sha(target);

        var r = await Cli.RunAsync("restore", backup, "--db", target, "--force");

        Assert.Equal(1, r.Exit);
        Assert.Contains($"{target} was not touched", r.Err);
        Assert.Matches("is not a usable backup|is damaged|does not hold the graph it held when it was taken|fails the integrity check|not a Traceability store", r.Err);
        Assert.Equal(bytes, Sha(target));
        Assert.Equal(before.Digest, (await Networks.CheckAsync(target)).Digest);
        Assert.Empty(Directory.GetFiles(dir.Path, ".target.db.restore-*"));
        ReliabilityRun.Log($"{damage}: {r.Err.Trim()}");
    }

    [Fact]
    public async Task Restore_SqliteBackupWithAnAlteredRow_IsRefusedByItsRecordedDigest()
    {
        using var dir = new TempDirectory();
        var target = dir.File("target.db");
        var backup = dir.File("b.db");
        File.Copy(await SqliteBackupAsync(), backup);
        // A consistent edit that integrity_check and the graph checks cannot see: one name changed.
        await using (var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "UPDATE node SET name = 'Someone Else Ltd', props = json_set(props, '$.name', 'Someone Else Ltd') WHERE nid = (SELECT min(nid) FROM node WHERE label = 'Company')";
            Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
        }

        var r = await Cli.RunAsync("restore", backup, "--db", target);

        Assert.Equal(1, r.Exit);
        Assert.Contains("does not hold the graph it held when it was taken", r.Err);
        Assert.Contains("it was altered or damaged", r.Err);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task Restore_DamagedBackup_Postgres_FailsClearly_AndLeavesTheTargetUntouched(string damage)
    {
        var cluster = await PostgresCluster.GetAsync();
        using var dir = new TempDirectory();
        var target = await cluster.CreateDatabaseAsync();
        Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", target, "--as-of", Networks.AsOf)).Exit);
        var backup = dir.File("b.dump");
        File.Copy(await PostgresBackupAsync(cluster), backup);
        Damage(backup, damage);
        var before = await Networks.CheckAsync(target);
        NpgsqlConnection.ClearAllPools();

        var r = await Cli.RunAsync("restore", backup, "--db", target, "--force");

        Assert.Equal(1, r.Exit);
        Assert.Contains("was not touched", r.Err);
        Assert.Matches("is not a usable pg_dump archive|pg_restore of .* failed .* rolled back", r.Err);
        var after = await Networks.CheckAsync(target);
        Assert.True(after.Intact, after.Text);
        Assert.Equal(before.Digest, after.Digest);
        ReliabilityRun.Log($"{damage}: {r.Err.Trim()}");
    }

    // One backup per store of a small generated network (not the target's seed graph, so that a restore would show).
    private static readonly TempDirectory Backups = Cleaned(new TempDirectory());
    private static Task<string>? _sqliteBackup;
    private static Task<string>? _postgresBackup;

    private static Task<string> SqliteBackupAsync() => LazyInitializer.EnsureInitialized(ref _sqliteBackup, () => TakeAsync(Backups.File("source.db"), "sqlite.db"));

    private static Task<string> PostgresBackupAsync(PostgresCluster cluster) =>
        LazyInitializer.EnsureInitialized(ref _postgresBackup, async () => await TakeAsync(await cluster.CreateDatabaseAsync(), "postgres.dump"));

    private static TempDirectory Cleaned(TempDirectory dir)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => dir.Dispose();
        return dir;
    }

    private static async Task<string> TakeAsync(string source, string name)
    {
        Assert.Equal(0, (await Cli.RunAsync("import", await Networks.GetAsync(100, 42), "--db", source, "--as-of", Networks.AsOf)).Exit);
        var r = await Cli.RunAsync("backup", Backups.File(name), "--db", source);
        Assert.True(r.Exit == 0, r.Err);
        return Backups.File(name);
    }

    // Damage a backup as a failing disk or a cut transfer would.
    private static void Damage(string file, string damage)
    {
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
                break;
            case "overwritten":
                new Random(damage.Length).NextBytes(bytes.AsSpan(bytes.Length / 2, Math.Min(64 * 1024, bytes.Length / 4)));
                File.WriteAllBytes(file, bytes);
                break;
            case "not a database":
                File.WriteAllText(file, "id:ID,:LABEL,name\nfac-1,Facility,Not a backup\n");
                break;
            default:
                File.WriteAllBytes(file, []);
                break;
        }
    }

    private static string Sha(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
}
