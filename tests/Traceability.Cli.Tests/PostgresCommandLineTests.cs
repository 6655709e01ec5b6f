using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using Traceability.Tests;

namespace Traceability.Cli.Tests;

/// <summary>Every command against PostgreSQL (--db a connection string or a postgres:// URI) says what it says against SQLite.</summary>
public sealed partial class PostgresCommandLineTests
{
    private static string[][] Script(string lists, string export) =>
    [
        ["import", RepoPaths.SeedGraph],
        ["lists", "import", Path.Combine(lists, "sdn.csv"), Path.Combine(lists, "add.csv"), Path.Combine(lists, "alt.csv"), "--format", "ofac-csv", "--json"],
        ["stats", "--json"],
        ["trace", "prod-galvanized-bolts-cn", "--json", "--limit", "5"],
        ["trace", "prod-galvanized-bolts-cn"],
        ["exposure", "--json"],
        ["connect", "fac-cn-yantai-zinc-smelter", "co-namgang", "--json", "--k", "3"],
        ["screen", "Korea Namgang Trading", "--json"],
        ["matches", "--json"],
        ["keys", "list", "--json"],
        ["audit", "verify"],
        ["export", "--out", export],
    ];

    // Timestamps, the store's location and the import's own time differ between two runs by nature.
    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)|sqlite:[^""\s]+|postgres://[^""\s]+|head \d+ [0-9a-f]{64}")]
    private static partial Regex Volatile();

    private static async Task<List<string>> RunScriptAsync(string db, TempDirectory dir, string name)
    {
        var outputs = new List<string>();
        foreach (var args in Script(Path.Combine(RepoPaths.SeedData, "lists", "sdn-sample"), dir.File(name)))
        {
            var r = await Cli.RunAsync([.. args, "--db", db]);
            Assert.True(r.Exit == 0, $"{string.Join(' ', args)} on {name}: exit {r.Exit}\n{r.Err}");
            outputs.Add(string.Join(" ", args.Take(2)) + "\n" + Volatile().Replace(r.Out.Replace(dir.File(name), "EXPORT", StringComparison.Ordinal), "*"));
        }
        return outputs;
    }

    [Fact]
    public async Task Commands_OnPostgresAndOnSqlite_PrintTheSame()
    {
        var cluster = await PostgresCluster.GetAsync();
        var pg = await cluster.CreateDatabaseAsync();
        using var dir = new TempDirectory();

        var onSqlite = await RunScriptAsync(dir.File("cli.db"), dir, "sqlite-export");
        var onPostgres = await RunScriptAsync(pg, dir, "postgres-export");

        for (var i = 0; i < onSqlite.Count; i++) Assert.Equal(onSqlite[i], onPostgres[i]);
        foreach (var file in Directory.GetFiles(dir.File("sqlite-export")))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(dir.File("postgres-export"), Path.GetFileName(file))));
    }

    [Fact]
    public async Task Trace_SqlEngineOnAPostgresUri_CountsWhatTheDefaultEngineCounts()
    {
        var cluster = await PostgresCluster.GetAsync();
        var b = new NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync());
        var uri = $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
        Assert.Equal(0, (await Cli.RunAsync("import", RepoPaths.SeedGraph, "--db", uri)).Exit);

        var memory = await Cli.RunAsync("trace", "prod-galvanized-bolts-cn", "--db", uri, "--json", "--limit", "0");
        var sql = await Cli.RunAsync("trace", "prod-galvanized-bolts-cn", "--db", uri, "--json", "--engine", "sql");
        var text = await Cli.RunAsync("trace", "prod-galvanized-bolts-cn", "--db", uri, "--engine", "sql");

        Assert.True(sql.Exit == 0, sql.Err);
        using var m = JsonDocument.Parse(memory.Out);
        using var s = JsonDocument.Parse(sql.Out);
        Assert.Equal(m.RootElement.GetProperty("pathCount").GetInt64(), s.RootElement.GetProperty("pathCount").GetInt64());
        Assert.True(s.RootElement.GetProperty("pathCountExact").GetBoolean());
        Assert.Equal(Ids(m.RootElement.GetProperty("origins"), "id"), Ids(s.RootElement.GetProperty("origins"), null));
        Assert.Equal(Ids(m.RootElement.GetProperty("untraced"), "id"), Ids(s.RootElement.GetProperty("untraced"), null));
        Assert.Equal(0, text.Exit);
        Assert.Contains($"traced by recursive SQL in postgres://{b.Username}@", text.Out);
    }

    [Fact]
    public async Task Trace_SqlEngineOnSqlite_IsAUsageError()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;

        var r = await Cli.RunAsync("trace", "prod-galvanized-bolts-cn", "--db", db, "--engine", "sql");

        Assert.Equal(2, r.Exit);
        Assert.Contains("--engine sql runs recursive SQL in PostgreSQL", r.Err);
    }

    private static List<string> Ids(JsonElement array, string? property) =>
        [.. array.EnumerateArray().Select(e => (property is null ? e : e.GetProperty(property)).GetString()!).Order(StringComparer.Ordinal)];
}
