using Microsoft.Data.Sqlite;
using Traceability.Core.Storage;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

/// <summary>The store contract on SQLite files.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override string LiftAuditProtection => "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; ";

    protected override async Task<IGraphStore> OpenAsync(TempDirectory dir, string name = "graph.db") => await StoreFixture.OpenAsync(dir, name);

    protected override async Task ExecuteSqlAsync(TempDirectory dir, string sql, string name = "graph.db")
    {
        await using var conn = new SqliteConnection($"Data Source={dir.File(name)}");
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>SQLite's bulk path drops the node and edge indexes and builds them again; none may go missing.</summary>
public sealed class SqliteBulkLoadTests
{
    [Fact]
    public async Task BulkLoad_RebuildsEveryIndexOfTheSchema()
    {
        using var dir = new TempDirectory();
        var generated = new Traceability.Storage.Generation.NetworkGenerator(new Traceability.Storage.Generation.GeneratorOptions { Products = 1500, Seed = 3 }).Generate(dir.File("net"));
        await using (var fresh = await StoreFixture.OpenAsync(dir, "fresh.db")) { }
        await using (var loaded = await StoreFixture.OpenAsync(dir, "loaded.db"))
        {
            var report = await StoreFixture.ImportAsync(loaded, dir.File("net"));
            Assert.Equal(generated.Nodes, report.Nodes.Inserted);
        }

        var expected = await IndexesAsync(dir.File("fresh.db"));
        Assert.Contains(expected, i => i.Contains("node_id", StringComparison.Ordinal));
        Assert.Equal(expected, await IndexesAsync(dir.File("loaded.db")));
    }

    private static async Task<List<string>> IndexesAsync(string file)
    {
        await using var conn = new SqliteConnection($"Data Source={file};Pooling=False");
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        var result = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) result.Add(r.GetString(0));
        return result;
    }
}

/// <summary>The audit batcher when the database refuses a record: only that caller fails, the chain stays intact.</summary>
public sealed class AuditBatcherFailureTests
{
    [Fact]
    public async Task RefusedRecord_FailsOnlyItsCaller()
    {
        using var dir = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(dir);
        await using (var conn = new SqliteConnection($"Data Source={dir.File("graph.db")};Pooling=False"))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON audit WHEN NEW.actor = 'mallory' BEGIN SELECT RAISE(ABORT, 'refused by policy'); END;";
            await cmd.ExecuteNonQueryAsync();
        }

        var tasks = new List<Task<Core.Audit.AuditRecord>>();
        await using (var batcher = new Core.Audit.AuditBatcher(store, maxBatch: 16))
        {
            for (var i = 0; i < 40; i++)
                tasks.Add(batcher.AppendAsync(new(i == 17 ? "mallory" : $"user-{i}", "Analyst", "getTrace", $"p-{i}", "127.0.0.1", "200 ok"), CancellationToken.None));
            await Task.WhenAll(tasks.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        }

        var refused = Assert.Single(tasks, t => t.IsFaulted);
        Assert.Same(tasks[17], refused);
        Assert.Contains("refused by policy", refused.Exception!.InnerException!.Message, StringComparison.Ordinal);
        Assert.Equal(39, (await store.ReadAsync(0, int.MaxValue, CancellationToken.None)).Count);
        Assert.True((await store.VerifyAsync(CancellationToken.None)).Intact);
    }
}
