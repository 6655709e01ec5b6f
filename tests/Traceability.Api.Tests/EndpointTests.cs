using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Traceability.Api.Tests;

/// <summary>Every endpoint answers with what it documents, and states the versions it computed from.</summary>
public sealed class EndpointTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private ApiServer Server => fixture.Server;

    private async Task<JsonElement> GetJson(string path, string role = "investigator")
    {
        using var client = Server.Client(role);
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Health_IsOpen()
    {
        using var client = Server.Client();
        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Search_FindsByNameAliasAndId_WithFiltersAndPages()
    {
        var byName = await GetJson("/api/entities?q=namgang");
        Assert.Contains(byName.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "co-namgang");
        var byId = await GetJson("/api/entities?q=fac-kp-pyoksong-mine");
        Assert.Equal("fac-kp-pyoksong-mine", byId.GetProperty("items")[0].GetProperty("id").GetString());
        var facilitiesInKp = await GetJson("/api/entities?q=a&label=Facility&country=KP&limit=100");
        Assert.All(facilitiesInKp.GetProperty("items").EnumerateArray(), i => Assert.Equal(("Facility", "KP"), (i.GetProperty("label").GetString(), i.GetProperty("country").GetString())));
        var first = await GetJson("/api/entities?q=co&limit=2");
        var second = await GetJson($"/api/entities?q=co&limit=2&cursor={first.GetProperty("cursor").GetString()}");
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.True(first.GetProperty("total").GetInt32() > 4);
    }

    [Fact]
    public async Task Entity_HasPropertiesProvenanceFlagsAndVersions()
    {
        using var client = Server.Client("investigator");
        using var response = await client.GetAsync("/api/entities/fac-kp-pyoksong-mine");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("KP", body.GetProperty("properties").GetProperty("country").GetString());
        Assert.Equal("nodes-Facility.csv", body.GetProperty("provenance").GetProperty("sourceFile").GetString());
        Assert.Contains(body.GetProperty("flags").EnumerateArray(), f => f.GetProperty("kind").GetString() == "NK_LABOR");
        Assert.True(body.GetProperty("snapshotVersion").GetInt64() >= 1);
        Assert.True(response.Headers.Contains("X-Snapshot-Version"));
        Assert.Contains("dol-goods.csv", response.Headers.GetValues("X-Lists-Version").Single());
    }

    [Fact]
    public async Task Neighbors_ArePaginatedAndFilteredByTypeAndDirection()
    {
        var all = await GetJson("/api/entities/co-namgang/neighbors?limit=1000");
        var total = all.GetProperty("total").GetInt32();
        var collected = new List<string>();
        string? cursor = null;
        do
        {
            var page = await GetJson($"/api/entities/co-namgang/neighbors?limit=1{(cursor is null ? "" : "&cursor=" + cursor)}");
            collected.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("type").GetString() + i.GetProperty("node").GetProperty("id").GetString()));
            cursor = page.GetProperty("cursor").GetString();
        } while (cursor is not null);
        Assert.Equal(total, collected.Count);
        var owns = await GetJson("/api/entities/co-namgang/neighbors?type=OWNS&direction=out");
        Assert.All(owns.GetProperty("items").EnumerateArray(), i => Assert.Equal(("OWNS", "out"), (i.GetProperty("type").GetString(), i.GetProperty("direction").GetString())));
        Assert.Contains(owns.GetProperty("items").EnumerateArray(), i => i.GetProperty("detail").GetString() == "50%");
    }

    [Fact]
    public async Task Trace_ReturnsVerdictFlagsExactCountAndPages()
    {
        var trace = await GetJson("/api/products/prod-galvanized-bolts-cn/trace?limit=1");
        Assert.True(trace.GetProperty("presumption").GetBoolean());
        Assert.Equal(3, trace.GetProperty("pathCount").GetInt32());
        Assert.Single(trace.GetProperty("paths").EnumerateArray());
        var next = await GetJson($"/api/products/prod-galvanized-bolts-cn/trace?limit=5&cursor={trace.GetProperty("cursor").GetString()}");
        Assert.Equal(2, next.GetProperty("paths").GetArrayLength());
        var flagged = await GetJson("/api/products/prod-galvanized-bolts-cn/trace?limit=10&kind=NK_LABOR");
        Assert.All(flagged.GetProperty("paths").EnumerateArray(), p => Assert.Contains("NK_LABOR", p.GetProperty("flags").EnumerateArray().Select(f => f.GetString())));
        var cut = await GetJson("/api/products/prod-galvanized-bolts-cn/trace?limit=10&maxDepth=2");
        Assert.True(cut.GetProperty("truncated").GetBoolean());
        Assert.Equal("depth", cut.GetProperty("truncatedBy").GetString());
    }

    [Fact]
    public async Task TraceGraph_HasTheConeAndFlagContext_AndCutsToMaxNodes()
    {
        var trace = await GetJson("/api/products/prod-galvanized-bolts-cn/trace?limit=0");
        var graph = await GetJson("/api/products/prod-galvanized-bolts-cn/graph");
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.False(graph.GetProperty("truncated").GetBoolean());
        Assert.Equal(trace.GetProperty("coneNodes").GetInt32(), nodes.Count(n => n.GetProperty("role").GetString() != "context"));
        Assert.Equal("root", nodes[0].GetProperty("role").GetString());
        var mine = nodes.Single(n => n.GetProperty("id").GetString() == "fac-kp-pyoksong-mine");
        Assert.Contains("NK_LABOR", mine.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("critical", mine.GetProperty("severity").GetString());
        Assert.Contains(nodes, n => n.GetProperty("role").GetString() == "context" && n.GetProperty("label").GetString() == "LaborSource");
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(graph.GetProperty("edges").EnumerateArray(), e => Assert.True(ids.Contains(e.GetProperty("from").GetString()) && ids.Contains(e.GetProperty("to").GetString())));

        var cut = await GetJson("/api/products/prod-galvanized-bolts-cn/graph?maxNodes=3");
        Assert.True(cut.GetProperty("truncated").GetBoolean());
        Assert.Equal(3, cut.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("role").GetString() != "context"));
        using var client = Server.Client("investigator");
        using var bad = await client.GetAsync("/api/products/prod-galvanized-bolts-cn/graph?maxNodes=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("maxNodes", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Witnesses_AllPassThroughTheFlaggedNode()
    {
        var w = await GetJson("/api/products/prod-galvanized-bolts-cn/flags/fac-cn-yantai-zinc-smelter/witnesses");
        Assert.Equal(2, w.GetProperty("paths").GetArrayLength());
        Assert.All(w.GetProperty("paths").EnumerateArray(), p => Assert.Contains("fac-cn-yantai-zinc-smelter", p.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())));
    }

    [Fact]
    public async Task ExposureAndConnections_Answer()
    {
        var exposure = await GetJson("/api/exposure");
        Assert.Equal(16, exposure.GetProperty("products").GetInt32());
        Assert.Equal(6, exposure.GetProperty("barred").GetInt32());
        var importer = exposure.GetProperty("items")[0].GetProperty("importers")[0].GetString();
        var mine = await GetJson($"/api/exposure?importer={importer}");
        Assert.All(mine.GetProperty("items").EnumerateArray(), i => Assert.Contains(importer, i.GetProperty("importers").EnumerateArray().Select(x => x.GetString())));
        var connection = await GetJson("/api/connections?from=fac-cn-yantai-zinc-smelter&to=co-namgang&k=2");
        Assert.Equal(1, connection.GetProperty("distance").GetInt32());
    }

    [Fact]
    public async Task Exposure_PagesThroughTheRankingWithCursors()
    {
        var all = await GetJson("/api/exposure");
        var ranked = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("product").GetString()).ToList();
        Assert.Equal(16, ranked.Count);
        Assert.Equal(JsonValueKind.Null, all.GetProperty("nextCursor").ValueKind);

        var paged = new List<string?>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await GetJson($"/api/exposure?limit=5{(cursor is null ? "" : "&cursor=" + cursor)}");
            Assert.Equal(16, page.GetProperty("products").GetInt32());
            Assert.Equal(6, page.GetProperty("barred").GetInt32());
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("product").GetString()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(4, pages);
        Assert.Equal(ranked, paged);
        // The barred products come first in the ranking.
        Assert.All(all.GetProperty("items").EnumerateArray().Take(6), i => Assert.True(i.GetProperty("presumption").GetBoolean()));
    }

    [Fact]
    public async Task ScreeningAndKeys_Answer()
    {
        using var analyst = Server.Client("analyst");
        var screened = await (await analyst.PostAsJsonAsync("/api/screening", new { name = "Korea Namgang Trading Corp", country = "KP" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Korea Namgang Trading Corp", screened.GetProperty("name").GetString());
        Assert.Equal(0.85, screened.GetProperty("threshold").GetDouble());
        using var admin = Server.Client("admin");
        var created = await admin.PostAsJsonAsync("/api/keys", new { name = "new analyst", role = "analyst" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var keys = await GetJson("/api/keys", "admin");
        Assert.Contains(keys.EnumerateArray(), k => k.GetProperty("name").GetString() == "new analyst");
        Assert.DoesNotContain("trk_", keys.ToString());
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        using var client = Server.Client();
        var page = await client.GetStringAsync("/swagger/index.html");
        Assert.Contains("swagger", page, StringComparison.OrdinalIgnoreCase);
    }
}
