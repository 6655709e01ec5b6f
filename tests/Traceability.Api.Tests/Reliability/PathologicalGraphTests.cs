using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Traceability.Core.Schema;
using Traceability.Storage;
using Traceability.Tests;

namespace Traceability.Api.Tests.Reliability;

/// <summary>
/// The pathological networks of <see cref="PathologicalGraph"/> (2^64-path ladder, a long chain, a hub with as many in-edges,
/// a dense cycle) behind a real Kestrel server and the CLI: every query answers within its budget, says when it was cut, is
/// exact where it should be, keeps memory bounded and leaves nothing running. CI builds chain and hub of 100,000 nodes;
/// <c>TRACEABILITY_FULL_RELIABILITY=1</c> builds them with 1,000,000 (see docs/reliability.md).
/// </summary>
public sealed class PathologicalFixture : IAsyncLifetime
{
    public static bool Full { get; } = Environment.GetEnvironmentVariable("TRACEABILITY_FULL_RELIABILITY") is "1" or "true";

    public int Size { get; } = Full ? 1_000_000 : 100_000;

    /// <summary>Slack over a trace's time budget for the work no budget covers (cone, counts, serialization).</summary>
    public TimeSpan Slack { get; } = TimeSpan.FromSeconds(Full ? 5 : 2);

    /// <summary>Budget of queries without a time budget of their own (neighbours, connections, exposure, reports).</summary>
    public TimeSpan Budget { get; } = TimeSpan.FromSeconds(Full ? 15 : 5);

    public ApiServer Server { get; private set; } = null!;

    public List<string> Figures { get; } = [];

    public async ValueTask InitializeAsync()
    {
        using var bundle = new TempDirectory();
        var ((nodes, rels), sample) = await ResourceProbe.MeasureAsync("build", async () =>
        {
            var counts = PathologicalGraph.Write(bundle.File("g"), Size);
            Server = await ApiServer.StartAsync(load: store => new GraphImporter(GraphSchema.Default, TimeProvider.System)
                .ImportAsync(store, [bundle.File("g")], "neo4j-csv", "test", new DateOnly(2026, 11, 1), CancellationToken.None));
            return counts;
        });
        Figures.Add($"| write CSV ({nodes:N0} nodes, {rels:N0} relationships), import into SQLite, start Kestrel | {Ms(sample.Elapsed)} | {ResourceProbe.Megabytes(sample.AllocatedBytes)} | {ResourceProbe.Megabytes(sample.PeakWorkingSet)} |");
        using (var client = Server.Client("investigator"))
        {
            var (_, load) = await ResourceProbe.MeasureAsync("snapshot", () => client.GetStringAsync("/api/exposure"));
            Figures.Add($"| first request: snapshot load, flag rules, path counts, exposure | {Ms(load.Elapsed)} | {ResourceProbe.Megabytes(load.AllocatedBytes)} | {ResourceProbe.Megabytes(load.PeakWorkingSet)} |");
            var (_, index) = await ResourceProbe.MeasureAsync("search index", () => client.GetStringAsync("/api/entities?q=ladder"));
            Figures.Add($"| first search: the snapshot's search index | {Ms(index.Elapsed)} | {ResourceProbe.Megabytes(index.AllocatedBytes)} | {ResourceProbe.Megabytes(index.PeakWorkingSet)} |");
        }
    }

    public async ValueTask DisposeAsync()
    {
        var file = Path.Combine(RepoPaths.Artifacts("reliability"), $"pathological-graphs-{(Full ? "full" : "ci")}.md");
        await File.WriteAllLinesAsync(file, ["| query | time | allocated | peak working set |", "|---|---:|---:|---:|", .. Figures]);
        await Server.DisposeAsync();
    }

    public static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0} ms";
}

[Collection(nameof(AloneCollection))]
public sealed class PathologicalGraphTests(PathologicalFixture fixture) : IClassFixture<PathologicalFixture>
{
    private ApiServer Server => fixture.Server;

    private int N => fixture.Size;

    /// <summary>GET as an investigator; returns the parsed body and the raw text, asserting 200 within the budget.</summary>
    private async Task<(JsonElement Json, string Text)> GetAsync(string name, string path, TimeSpan budget, int maxChars = 4 << 20)
    {
        using var client = Server.Client("investigator");
        var ((status, text), sample) = await ResourceProbe.MeasureAsync(name, async () =>
        {
            using var response = await client.GetAsync(path);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        });
        fixture.Figures.Add($"| {name} | {PathologicalFixture.Ms(sample.Elapsed)} | {ResourceProbe.Megabytes(sample.AllocatedBytes)} | {ResourceProbe.Megabytes(sample.PeakWorkingSet)} |");
        Assert.True(status == 200, $"{path}: {status} {text[..Math.Min(text.Length, 500)]}");
        Assert.True(sample.Elapsed < budget, $"{name} took {sample.Elapsed}, budget {budget}");
        Assert.True(text.Length < maxChars, $"{name}: a {text.Length}-character response");
        await ResourceProbe.SettleAsync(TimeSpan.FromSeconds(5));
        return (text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default, text);
    }

    private Task<(JsonElement Json, string Text)> TraceAsync(string name, string product, string query, int budgetMs) =>
        GetAsync(name, $"/api/products/{product}/trace?timeBudgetMs={budgetMs}&{query}", TimeSpan.FromMilliseconds(budgetMs) + fixture.Slack);

    private static List<List<string>> Paths(JsonElement trace, string property = "paths") =>
        [.. trace.GetProperty(property).EnumerateArray().Select(p => p.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToList())];

    [Fact]
    public async Task Ladder_CountsTwoToThe64Exactly_AndPagesThroughPaths()
    {
        var (trace, text) = await TraceAsync("trace ladder (2^64 paths), page of 10", "ladder-p", "limit=10", 2000);

        Assert.Contains("\"pathCount\":18446744073709551616,", text, StringComparison.Ordinal);
        Assert.Equal(BigInteger.Pow(2, 64), BigInteger.Parse(trace.GetProperty("pathCount").GetRawText(), CultureInfo.InvariantCulture));
        Assert.True(trace.GetProperty("pathCountExact").GetBoolean());
        Assert.False(trace.GetProperty("truncated").GetBoolean());
        var first = Paths(trace);
        Assert.Equal(10, first.Count);
        Assert.All(first, p => Assert.Equal(65, p.Count));
        var origin = trace.GetProperty("origins").EnumerateArray().Single(o => o.GetProperty("id").GetString() == PathologicalGraph.Ladder(0, 'a'));
        Assert.Equal("9223372036854775808", origin.GetProperty("pathsThrough").GetRawText());

        var cursor = Uri.EscapeDataString(trace.GetProperty("cursor").GetString()!);
        var (next, _) = await TraceAsync("trace ladder, next page by cursor", "ladder-p", $"limit=10&cursor={cursor}", 2000);
        var second = Paths(next);
        Assert.Equal(10, second.Count);
        Assert.Empty(first.Select(p => string.Join('<', p)).Intersect(second.Select(p => string.Join('<', p))));

        var (connections, _) = await GetAsync("connections ladder stage 58 to product", $"/api/connections?from={PathologicalGraph.Ladder(58, 'a')}&to=ladder-p&k=3", fixture.Budget);
        Assert.Equal(6, connections.GetProperty("distance").GetInt32());
        Assert.Equal(3, connections.GetProperty("connections").GetArrayLength());
    }

    [Fact]
    public async Task Chain_IsTracedWithoutRecursion_PathCutAtTheDepthCap_ListsBounded()
    {
        var (trace, _) = await TraceAsync($"trace chain ({N:N0} nodes)", "chain-p", "limit=5", 2000);

        Assert.Equal(1, trace.GetProperty("pathCount").GetInt32());
        Assert.True(trace.GetProperty("pathCountExact").GetBoolean());
        Assert.Equal(N + 1, trace.GetProperty("coneNodes").GetInt32());
        var path = Assert.Single(Paths(trace));
        Assert.Equal(1001, path.Count);
        Assert.Equal("cut", trace.GetProperty("paths")[0].GetProperty("end").GetString());
        Assert.True(trace.GetProperty("truncated").GetBoolean());
        Assert.Equal("depth", trace.GetProperty("truncatedBy").GetString());
        Assert.True(trace.GetProperty("presumption").GetBoolean());
        Assert.Equal(N / 1000 + 1, trace.GetProperty("flagCount").GetInt32());
        Assert.Equal(N + 1, trace.GetProperty("tierCount").GetInt32());
        Assert.Equal(1000, trace.GetProperty("tiers").GetArrayLength());
        Assert.True(trace.GetProperty("listsTruncated").GetBoolean());
        var deepest = trace.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "NK_LABOR");
        Assert.Equal(PathologicalGraph.Chain(N), deepest.GetProperty("node").GetString());
        Assert.Equal(N + 1 - 100, deepest.GetProperty("witnessOmitted").GetInt32());
        Assert.Equal(PathologicalGraph.Chain(N), deepest.GetProperty("witness")[99].GetString());

        var (witnesses, _) = await GetAsync("witnesses of the chain's last node (beyond the depth cap)",
            $"/api/products/chain-p/flags/{PathologicalGraph.Chain(N)}/witnesses?limit=5", TimeSpan.FromSeconds(5) + fixture.Slack);
        Assert.Empty(witnesses.GetProperty("paths").EnumerateArray());
        Assert.True(witnesses.GetProperty("truncated").GetBoolean());

        var (neighbors, _) = await GetAsync("neighbors of a chain link", $"/api/entities/{PathologicalGraph.Chain(N / 2)}/neighbors", fixture.Budget);
        Assert.Equal(2, neighbors.GetProperty("total").GetInt32());
        var (connections, _) = await GetAsync("connections along the chain (8 hops)", $"/api/connections?from={PathologicalGraph.Chain(1)}&to={PathologicalGraph.Chain(9)}", fixture.Budget);
        Assert.Equal(8, connections.GetProperty("distance").GetInt32());
    }

    [Fact]
    public async Task Hub_CountsEveryInEdge_PagesPathsAndNeighbours_ListsAThousandOrigins()
    {
        var (trace, _) = await TraceAsync($"trace hub ({N:N0} in-edges), page of 1000", "hub-p", "limit=1000&listLimit=1000", 2000);

        Assert.Equal(N, trace.GetProperty("pathCount").GetInt32());
        Assert.True(trace.GetProperty("pathCountExact").GetBoolean());
        Assert.Equal(1000, Paths(trace).Count);
        Assert.Equal(N, trace.GetProperty("originCount").GetInt32());
        Assert.Equal(1000, trace.GetProperty("origins").GetArrayLength());
        Assert.True(trace.GetProperty("listsTruncated").GetBoolean());
        var (origins, _) = await GetAsync("origins of the hub, second page of 1000", "/api/products/hub-p/origins?limit=1000&cursor=o1000", fixture.Budget);
        Assert.Equal(N, origins.GetProperty("total").GetInt32());
        Assert.Equal(1000, origins.GetProperty("items").GetArrayLength());
        Assert.Equal(PathologicalGraph.Hub(1001), origins.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal("o2000", origins.GetProperty("cursor").GetString());
        var cursor = Uri.EscapeDataString(trace.GetProperty("cursor").GetString()!);
        var (next, _) = await TraceAsync("trace hub, next page by cursor", "hub-p", $"limit=1000&cursor={cursor}", 2000);
        Assert.Equal(PathologicalGraph.Hub(1001), Paths(next)[0][1]);

        var (neighbors, _) = await GetAsync("neighbors of the hub, page of 1000", "/api/entities/hub-p/neighbors?limit=1000&direction=in", fixture.Budget);
        Assert.Equal(N + 1, neighbors.GetProperty("total").GetInt32());
        Assert.Equal(1000, neighbors.GetProperty("items").GetArrayLength());
        var (entity, _) = await GetAsync("entity: the hub", "/api/entities/hub-p", fixture.Budget);
        Assert.Equal(N, entity.GetProperty("relationships").GetProperty("SUPPLIES in").GetInt32());
        var (witnesses, _) = await GetAsync("witnesses of the hub's North Korean supplier", $"/api/products/hub-p/flags/{PathologicalGraph.Hub(7)}/witnesses", TimeSpan.FromSeconds(5) + fixture.Slack);
        Assert.Equal([["hub-p", PathologicalGraph.Hub(7)]], Paths(witnesses));
        var (connections, _) = await GetAsync("connections between two spokes of the hub", $"/api/connections?from={PathologicalGraph.Hub(1)}&to={PathologicalGraph.Hub(N - 1)}", fixture.Budget);
        Assert.Equal(2, connections.GetProperty("distance").GetInt32());
        var (search, _) = await GetAsync("entity search matching every spoke", "/api/entities?q=hub%20supplier&limit=50", fixture.Budget);
        Assert.Equal(50, search.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task DenseCycle_CountIsABound_PageIsFast_HopelessFilterStopsAtABudget()
    {
        var (trace, _) = await TraceAsync("trace dense cycle (200-node complete digraph)", "scc-p", "limit=20", 2000);
        Assert.False(trace.GetProperty("pathCountExact").GetBoolean());
        Assert.Equal(20, Paths(trace).Count);
        Assert.True(trace.GetProperty("presumption").GetBoolean());

        // Paths through the tail's end within 12 hops: none exist, and no branch can be pruned (every member reaches the
        // tail), so the search would run for 199^11 steps; it stops at its time or step budget and says so.
        var (hopeless, _) = await TraceAsync("trace dense cycle, hopeless filter (time budget 1000 ms)", "scc-p",
            $"limit=20&through={PathologicalGraph.Tail(PathologicalGraph.TailLength)}&maxDepth=12", 1000);
        Assert.True(hopeless.GetProperty("truncated").GetBoolean());
        // The 20-million-step budget may come first (it does in a Release build).
        Assert.Contains(hopeless.GetProperty("truncatedBy").GetString(), new[] { "time", "steps" });
        Assert.NotNull(hopeless.GetProperty("cursor").GetString());

        var (witnesses, _) = await GetAsync("witnesses of the cycle's North Korean worksite", $"/api/products/scc-p/flags/{PathologicalGraph.Dense(PathologicalGraph.DenseSize - 1)}/witnesses?limit=20",
            TimeSpan.FromSeconds(5) + fixture.Slack);
        Assert.Equal(20, Paths(witnesses).Count);
        var (connections, _) = await GetAsync("connections inside the dense cycle (k=50)", $"/api/connections?from={PathologicalGraph.Dense(1)}&to={PathologicalGraph.Dense(150)}&k=50", fixture.Budget);
        Assert.Equal(50, connections.GetProperty("connections").GetArrayLength());
    }

    [Fact]
    public async Task Exposure_AllFourProducts_ExactWhereAcyclic()
    {
        var (exposure, _) = await GetAsync("exposure of every product", "/api/exposure", fixture.Budget);

        var products = exposure.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("product").GetString()!);
        Assert.Equal(["chain-p", "hub-p", "ladder-p", "scc-p"], products.Keys.Order());
        Assert.Equal("18446744073709551616", products["ladder-p"].GetProperty("pathCount").GetRawText());
        Assert.True(products["chain-p"].GetProperty("presumption").GetBoolean());
        Assert.False(products["scc-p"].GetProperty("pathCountExact").GetBoolean());
    }

    [Fact]
    public async Task Reports_OverTheHugeCones_AnswerWithinBudget_OrAreRefusedBeyondTheRowLimit()
    {
        const int limit = 100_000;
        if (N <= limit)
        {
            var (_, csv) = await GetAsync($"worksite report of the hub, {N:N0} rows (csv)", "/api/reports/worksites?product=hub-p&format=csv&asOf=2026-11-01", fixture.Budget, int.MaxValue);
            Assert.Equal(N + 2, csv.Split('\n').Length);
        }
        using (var client = Server.Client("investigator"))
        {
            var (response, sample) = await ResourceProbe.MeasureAsync("worksite report of every product, beyond the row limit", () => client.GetAsync("/api/reports/worksites?all=true&format=csv"));
            fixture.Figures.Add($"| worksite report of every product ({2 * N + 340:N0} rows > {limit:N0}): refused | {PathologicalFixture.Ms(sample.Elapsed)} | {ResourceProbe.Megabytes(sample.AllocatedBytes)} | {ResourceProbe.Megabytes(sample.PeakWorkingSet)} |");
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("narrow the scope", await response.Content.ReadAsStringAsync());
            Assert.True(sample.Elapsed < fixture.Budget);
        }
        var (dossier, _) = await GetAsync("dossier of the chain (json)", "/api/reports/dossier/chain-p?asOf=2026-11-01", fixture.Budget);
        Assert.True(dossier.GetProperty("verdict").GetProperty("applies").GetBoolean());
    }

    [Fact]
    public async Task CancelledRequest_StopsTheSearch_AndTheServerGoesQuiet()
    {
        await GetAsync("warm-up", "/api/exposure", fixture.Budget);
        using var client = Server.Client("investigator");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        // 150 hops deep into the dense cycle every search step scans some 150 suppliers already on the path: the search runs
        // for seconds before any budget, and only cancellation can stop it sooner.
        var hopeless = $"/api/products/scc-p/trace?timeBudgetMs=30000&through={PathologicalGraph.Tail(PathologicalGraph.TailLength)}&maxDepth=150";

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(hopeless, cts.Token));

        var settled = await ResourceProbe.SettleAsync(TimeSpan.FromSeconds(5));
        fixture.Figures.Add($"| cancelled 30 s search: quiet after | {PathologicalFixture.Ms(settled)} | | |");
        // Uncancelled, the same search outlasts a 2 s budget: it was the cancellation that stopped it.
        var (uncancelled, _) = await TraceAsync("the same search, uncancelled, time budget 2000 ms", "scc-p", hopeless[(hopeless.IndexOf('&') + 1)..], 2000);
        Assert.Equal("time", uncancelled.GetProperty("truncatedBy").GetString());
    }

    [Fact]
    public async Task Cli_TracesConnectsAndComputesExposure_OnTheSameStore()
    {
        async Task<JsonElement> Run(string name, params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var (exit, sample) = await ResourceProbe.MeasureAsync(name, () => Cli.TraceabilityCli.RunAsync([.. args, "--db", Server.DbPath, .. args[0] == "report" ? Array.Empty<string>() : ["--json"]], stdout, stderr));
            fixture.Figures.Add($"| CLI {name} (snapshot load included) | {PathologicalFixture.Ms(sample.Elapsed)} | {ResourceProbe.Megabytes(sample.AllocatedBytes)} | {ResourceProbe.Megabytes(sample.PeakWorkingSet)} |");
            Assert.True(exit == 0, stderr.ToString());
            // At most 1000 flags with witnesses of at most 200 ids each: a few megabytes whatever the graph.
            Assert.True(stdout.GetStringBuilder().Length < 16 << 20, $"{name}: {stdout.GetStringBuilder().Length} characters");
            return args[0] == "report" ? default : JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
        }

        var chain = await Run("trace chain", "trace", "chain-p", "--limit", "5");
        Assert.Equal("depth", chain.GetProperty("truncatedBy").GetString());
        var ladder = await Run("trace ladder", "trace", "ladder-p", "--limit", "3");
        Assert.Equal("18446744073709551616", ladder.GetProperty("pathCount").GetRawText());
        var hopeless = await Run("trace dense cycle, hopeless filter (1000 ms)", "trace", "scc-p", "--through", PathologicalGraph.Tail(PathologicalGraph.TailLength),
            "--max-depth", "12", "--time-budget-ms", "1000");
        Assert.Contains(hopeless.GetProperty("truncatedBy").GetString(), new[] { "time", "steps" });
        var hub = await Run("connect two spokes of the hub", "connect", PathologicalGraph.Hub(1), PathologicalGraph.Hub(N - 1));
        Assert.Equal(2, hub.GetProperty("distance").GetInt32());
        using var dir = new TempDirectory();
        await Run($"report worksites of the hub, {N:N0} rows, streamed to a CSV file", "report", "worksites", "--product", "hub-p", "--format", "csv", "--out", dir.File("hub.csv"));
        Assert.Equal(N + 1, File.ReadLines(dir.File("hub.csv")).Count());
        await ResourceProbe.SettleAsync(TimeSpan.FromSeconds(5));
    }
}
