using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Traceability.Api.Tests;

/// <summary>Bad requests get problem details that name the field at fault.</summary>
public sealed class MalformedRequestTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private ApiServer Server => fixture.Server;

    public static TheoryData<string, string, string?, int, string> Cases => new()
    {
        { "GET", "/api/products/prod-galvanized-bolts-cn/trace?limit=abc", null, 400, "limit" },
        { "GET", "/api/products/prod-galvanized-bolts-cn/trace?limit=100000", null, 400, "limit" },
        { "GET", "/api/products/prod-galvanized-bolts-cn/trace?limit=-1", null, 400, "limit" },
        { "GET", "/api/products/prod-galvanized-bolts-cn/trace?kind=FORCED", null, 400, "kind" },
        { "GET", "/api/products/prod-galvanized-bolts-cn/trace?cursor=garbage", null, 400, "cursor" },
        { "GET", "/api/products/prod-galvanized-bolts-cn/trace?timeBudgetMs=99999999", null, 400, "timeBudgetMs" },
        { "GET", "/api/products/prod-galvanized-bolts-cn/trace?maxDepth=-1", null, 400, "maxDepth" },
        { "GET", "/api/products/co-namgang/trace", null, 400, "product" },
        { "GET", "/api/products/no-such-product/trace", null, 404, "" },
        { "GET", "/api/products/prod-galvanized-bolts-cn/trace?through=no-such-node", null, 404, "" },
        { "GET", "/api/entities", null, 400, "q" },
        { "GET", "/api/entities?q=%20%20", null, 400, "q" },
        { "GET", "/api/entities?q=x&label=Vessel", null, 400, "label" },
        { "GET", "/api/entities?q=x&country=XX", null, 400, "country" },
        { "GET", "/api/entities?q=x&cursor=zz", null, 400, "cursor" },
        { "GET", "/api/entities/nope", null, 404, "" },
        { "GET", "/api/entities/co-namgang/neighbors?direction=sideways", null, 400, "direction" },
        { "GET", "/api/entities/co-namgang/neighbors?type=KNOWS", null, 400, "type" },
        { "GET", "/api/connections?from=co-namgang", null, 400, "to" },
        { "GET", "/api/connections?from=co-namgang&to=nope", null, 404, "" },
        { "GET", "/api/connections?from=co-namgang&to=co-namgang&k=500", null, 400, "k" },
        { "GET", "/api/exposure?importer=nope", null, 404, "" },
        { "POST", "/api/screening", "{\"name\":\"Mokran\",\"nme\":\"x\"}", 400, "$.nme" },
        { "POST", "/api/screening", "{\"name\":", 400, "$.name" },
        { "POST", "/api/screening", "{\"name\":\"\"}", 400, "name" },
        { "POST", "/api/screening", "{\"name\":\"x\",\"threshold\":2}", 400, "threshold" },
        { "POST", "/api/screening", "{\"name\":\"x\",\"kind\":\"boat\"}", 400, "kind" },
        { "POST", "/api/screening", "{\"name\":42}", 400, "$.name" },
        { "POST", "/api/screening", "[]", 400, "$" },
        { "POST", "/api/screening/batch", "{\"queries\":[]}", 400, "queries" },
        { "POST", "/api/screening/batch", "{\"queries\":[{\"name\":\"a\"},{\"name\":\"\"}]}", 400, "queries[1].name" },
        { "POST", "/api/matches/1/confirm", "{\"note\":\" \"}", 400, "note" },
        { "POST", "/api/matches/1/confirm", "{}", 400, "note" },
        // No body at all: the field is named, not the framework's body binding.
        { "POST", "/api/matches/1/confirm", null, 400, "note" },
        { "POST", "/api/matches/1/reject", null, 400, "note" },
        { "POST", "/api/keys", "{\"name\":\"x\",\"role\":\"root\"}", 400, "role" },
        { "POST", "/api/keys", "{\"name\":\"\",\"role\":\"admin\"}", 400, "name" },
        { "POST", "/api/imports/graph", null, 400, "files" },
        // Duplicate keys used to pass with the last value: a key requested as investigator would have been made admin.
        { "POST", "/api/keys", "{\"name\":\"x\",\"role\":\"investigator\",\"role\":\"admin\"}", 400, "$.role" },
        { "POST", "/api/screening", "{\"name\":\"\\ud800\"}", 400, "$.name" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadRequest_GetsProblemDetailsNamingTheField(string method, string path, string? json, int status, string field)
    {
        using var client = Server.Client("admin");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        if (field.Length > 0) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}': {text}");
    }

    [Fact]
    public async Task OversizedBody_Gets413()
    {
        using var client = Server.Client("analyst");
        var huge = new string('a', 2 * 1024 * 1024);
        using var response = await client.PostAsync("/api/screening", new StringContent($"{{\"name\":\"{huge}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task DeepJson_IsRejected()
    {
        using var client = Server.Client("analyst");
        var deep = new string('[', 5000) + new string(']', 5000);
        using var response = await client.PostAsync("/api/screening", new StringContent(deep, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
