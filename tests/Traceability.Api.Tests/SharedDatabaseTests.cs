using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Traceability.Tests;

namespace Traceability.Api.Tests;

/// <summary>Several API processes on one PostgreSQL database: each sees the others' changes without a restart.</summary>
public sealed class SharedDatabaseTests
{
    private static MultipartFormDataContent NewMine()
    {
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("id:ID,:LABEL,name,country,facilityType\nfac-new-mine,Facility,Shared New Mine,CN,mine\n")), "files", "nodes.csv");
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(":START_ID,:END_ID,:TYPE\nfac-new-mine,tr-vessel-bohai-harmony,SUPPLIES\n")), "files", "rels.csv");
        return content;
    }

    private static async Task<List<string>> OriginsAsync(HttpClient client)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/products/prod-galvanized-bolts-cn/trace?limit=1"));
        return [.. doc.RootElement.GetProperty("origins").EnumerateArray().Select(o => o.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task ImportThroughOneHost_ShowsInTheOthersTraceAndEntity()
    {
        var cluster = await PostgresCluster.GetAsync();
        var db = await cluster.CreateDatabaseAsync();
        await using var a = await ApiServer.StartAsync(postgres: db);
        await using var b = await ApiServer.StartAsync(postgres: db);
        using var readerB = b.Client("investigator");
        Assert.DoesNotContain("fac-new-mine", await OriginsAsync(readerB));
        Assert.Equal(HttpStatusCode.NotFound, (await readerB.GetAsync("/api/entities/fac-new-mine")).StatusCode);

        using var adminA = a.Client("admin");
        var import = await adminA.PostAsync("/api/imports/graph", NewMine());

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Contains("fac-new-mine", await OriginsAsync(readerB));
        var entity = await readerB.GetFromJsonAsync<JsonElement>("/api/entities/fac-new-mine");
        Assert.Equal("Shared New Mine", entity.GetProperty("name").GetString());
        using var adminB = b.Client("admin");
        var verify = await adminB.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean(), verify.ToString());
    }

    [Fact]
    public async Task KeyRevokedThroughOneHost_StopsWorkingOnTheOtherAtOnce()
    {
        var cluster = await PostgresCluster.GetAsync();
        var db = await cluster.CreateDatabaseAsync();
        await using var a = await ApiServer.StartAsync(postgres: db);
        await using var b = await ApiServer.StartAsync(postgres: db, load: _ => Task.CompletedTask);
        using var admin = a.Client("admin");
        var created = await (await admin.PostAsJsonAsync("/api/keys", new { name = "roaming", role = "investigator" })).Content.ReadFromJsonAsync<JsonElement>();
        using var user = new HttpClient { BaseAddress = b.Address };
        user.DefaultRequestHeaders.Add("X-Api-Key", created.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/exposure")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/keys/{created.GetProperty("details").GetProperty("id").GetString()}")).StatusCode);

        var after = await user.GetAsync("/api/exposure");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("revoked", await after.Content.ReadAsStringAsync());
    }
}
