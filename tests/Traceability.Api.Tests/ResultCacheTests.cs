using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api.Endpoints;

namespace Traceability.Api.Tests;

/// <summary>
/// The trace is a summary first (complete counts, the first listLimit of each list) with its lists paged by their own
/// endpoints; the read endpoints' answers are kept per snapshot, carry an ETag, and never outlive the graph they describe.
/// </summary>
public sealed class ResultCacheTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private const string Bolts = "/api/products/prod-galvanized-bolts-cn";

    private static async Task<(HttpResponseMessage Response, byte[] Body)> Get(HttpClient client, string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified,
            $"{path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
        return (response, body);
    }

    private static JsonElement Json(byte[] body) => JsonDocument.Parse(body).RootElement.Clone();

    private static async Task<List<string>> PageAll(HttpClient client, string path, string key)
    {
        var items = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = Json((await Get(client, $"{path}?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}")).Body);
            items.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(key).GetString() + "|" + i.GetRawText()));
            Assert.Equal(page.GetProperty("total").GetInt32() - items.Count > 0, page.GetProperty("cursor").ValueKind == JsonValueKind.String);
            cursor = page.GetProperty("cursor").GetString();
            Assert.True(++pages < 10_000, $"{path}: the cursor never ends");
        } while (cursor is not null);
        return items;
    }

    [Fact]
    public async Task EveryProductsLists_PagedByTheirEndpoints_AreTheTracesFullLists()
    {
        using var client = fixture.Server.Client("investigator");
        var exposure = Json((await Get(client, "/api/exposure?limit=1000")).Body);
        var products = exposure.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("product").GetString()!).ToList();
        Assert.True(products.Count >= 10, $"{products.Count} products");
        var listed = 0;
        foreach (var product in products)
        {
            var full = Json((await Get(client, $"/api/products/{product}/trace?limit=0&listLimit=1000")).Body);
            foreach (var (list, count, key) in new[] { ("origins", "originCount", "id"), ("untraced", "untracedCount", "id"), ("flags", "flagCount", "node") })
            {
                var expected = full.GetProperty(list).EnumerateArray().Select(i => i.GetProperty(key).GetString() + "|" + i.GetRawText()).ToList();
                Assert.Equal(full.GetProperty(count).GetInt32(), expected.Count);
                Assert.Equal(expected, await PageAll(client, $"/api/products/{product}/{list}", key));
                listed += expected.Count;
            }
        }
        Assert.True(listed > 3 * products.Count, $"only {listed} list items over {products.Count} products: the test would prove little");
    }

    [Fact]
    public async Task Trace_ListsTheFirstListLimit_CountsStayComplete()
    {
        using var client = fixture.Server.Client("investigator");
        var full = Json((await Get(client, $"{Bolts}/trace?limit=0&listLimit=1000")).Body);
        var one = Json((await Get(client, $"{Bolts}/trace?limit=0&listLimit=1")).Body);
        var none = Json((await Get(client, $"{Bolts}/trace?limit=0&listLimit=0")).Body);

        Assert.True(full.GetProperty("flagCount").GetInt32() > 1);
        Assert.False(full.GetProperty("listsTruncated").GetBoolean());
        foreach (var (list, count) in new[] { ("origins", "originCount"), ("untraced", "untracedCount"), ("flags", "flagCount") })
        {
            Assert.Equal(full.GetProperty(count).GetInt32(), one.GetProperty(count).GetInt32());
            Assert.Equal(Math.Min(1, full.GetProperty(count).GetInt32()), one.GetProperty(list).GetArrayLength());
            if (one.GetProperty(list).GetArrayLength() == 1)
                Assert.Equal(full.GetProperty(list)[0].GetRawText(), one.GetProperty(list)[0].GetRawText());
            Assert.Equal(0, none.GetProperty(list).GetArrayLength());
        }
        Assert.True(one.GetProperty("listsTruncated").GetBoolean());
        Assert.Equal(full.GetProperty("verdict").GetProperty("nodeCount").GetInt32(), none.GetProperty("verdict").GetProperty("nodeCount").GetInt32());
        Assert.Equal(0, none.GetProperty("verdict").GetProperty("nodes").GetArrayLength());
        Assert.Equal(full.GetProperty("pathCount").GetRawText(), none.GetProperty("pathCount").GetRawText());

        using var bad = await client.GetAsync($"{Bolts}/trace?listLimit=1001");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("listLimit", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameUrl_SameBytesAndETag_IfNoneMatchGets304WithoutBody()
    {
        using var client = fixture.Server.Client("investigator");
        var cache = fixture.Server.Services.GetRequiredService<ResultCache>();
        var url = $"{Bolts}/trace?limit=3&listLimit=7";
        var (first, firstBody) = await Get(client, url);
        var hits = cache.Counts.Hits;
        var (second, secondBody) = await Get(client, url);

        Assert.True(cache.Counts.Hits > hits, "the second request was computed again");
        Assert.Equal(firstBody, secondBody);
        var tag = first.Headers.ETag!.Tag;
        Assert.Equal(tag, second.Headers.ETag!.Tag);
        Assert.Equal("application/json; charset=utf-8", second.Content.Headers.ContentType!.ToString());
        Assert.True(second.Headers.Contains("X-Snapshot-Version"));

        var (notModified, empty) = await Get(client, url, tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(empty);
        Assert.Equal(tag, notModified.Headers.ETag!.Tag);
        var (other, _) = await Get(client, $"{Bolts}/trace?limit=2&listLimit=7", tag);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(tag, other.Headers.ETag!.Tag);

        // Errors are answered (and not kept) every time.
        for (var i = 0; i < 2; i++)
        {
            using var missing = await client.GetAsync("/api/products/no-such-product/trace");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    [Fact]
    public async Task WithoutTheCache_EveryAnswerIsTheSameBytes()
    {
        await using var uncached = await ApiServer.StartAsync(new() { ["Api:ResultCacheMegabytes"] = "0" });
        using var a = fixture.Server.Client("investigator");
        using var b = uncached.Client("investigator");
        string[] urls =
        [
            $"{Bolts}/trace", $"{Bolts}/trace?limit=2&onlyFlagged=true&listLimit=3", $"{Bolts}/origins", $"{Bolts}/untraced?limit=1",
            $"{Bolts}/flags", $"{Bolts}/graph?maxNodes=20", $"{Bolts}/flags/fac-kp-pyoksong-mine/witnesses", "/api/exposure?limit=5",
        ];
        foreach (var url in urls)
        {
            var (_, cachedOnce) = await Get(a, url);
            var (_, cachedTwice) = await Get(a, url);
            var (_, computed) = await Get(b, url);
            Assert.Equal(Encoding.UTF8.GetString(computed), Encoding.UTF8.GetString(cachedOnce));
            Assert.Equal(cachedOnce, cachedTwice);
        }
        Assert.Equal((0L, (long)urls.Length), uncached.Services.GetRequiredService<ResultCache>().Counts);
        Assert.Equal(0, uncached.Services.GetRequiredService<ResultCache>().Bytes);
    }

    [Fact]
    public async Task AnImport_ChangesTheAnswer_AndTheOldETagNoLongerMatches()
    {
        await using var server = await ApiServer.StartAsync();
        using var client = server.Client("admin");
        var url = $"{Bolts}/origins?limit=1000";
        var (before, body) = await Get(client, url);
        Assert.DoesNotContain("fac-new-mine", Encoding.UTF8.GetString(body), StringComparison.Ordinal);

        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("id:ID,:LABEL,name,country,facilityType\nfac-new-mine,Facility,New Mine,CN,mine\n")), "files", "nodes.csv");
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(":START_ID,:END_ID,:TYPE\nfac-new-mine,tr-vessel-bohai-harmony,SUPPLIES\n")), "files", "rels.csv");
        using var import = await client.PostAsync("/api/imports/graph?format=neo4j-csv", content);
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());

        var (after, newBody) = await Get(client, url, before.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("fac-new-mine", Encoding.UTF8.GetString(newBody), StringComparison.Ordinal);
        Assert.NotEqual(before.Headers.ETag!.Tag, after.Headers.ETag!.Tag);
        Assert.NotEqual(before.Headers.GetValues("X-Snapshot-Version").Single(), after.Headers.GetValues("X-Snapshot-Version").Single());
    }

    [Fact]
    public async Task TheCache_StaysWithinItsBudget_DroppingTheLeastRecentlyUsed()
    {
        await using var server = await ApiServer.StartAsync(new() { ["Api:ResultCacheMegabytes"] = "1" });
        using var client = server.Client("investigator");
        var cache = server.Services.GetRequiredService<ResultCache>();
        var (_, one) = await Get(client, $"{Bolts}/graph?maxNodes=1000");
        var stored = 0L;
        // Distinct URLs (the key is the URL) of the same drawing, until far more than the budget was answered.
        for (var i = 0; stored < 4 * 1024 * 1024; i++)
        {
            var (_, body) = await Get(client, $"{Bolts}/graph?maxNodes={1000 - i % 500}&n={i}");
            stored += body.Length;
            Assert.True(cache.Bytes <= 1024 * 1024, $"{cache.Bytes} bytes held after {i + 1} answers");
        }
        Assert.True(cache.Bytes > 512 * 1024, $"{cache.Bytes} bytes held: the cache keeps little");
        var misses = cache.Counts.Misses;
        await Get(client, $"{Bolts}/graph?maxNodes=1000");
        Assert.Equal(misses + 1, cache.Counts.Misses);
        Assert.True(one.Length > 0);
    }
}
