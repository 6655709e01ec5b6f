using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Traceability.Tests;

namespace Traceability.Api.Tests;

public sealed class ListImportTests
{
    private static MultipartFormDataContent SdnSample()
    {
        var content = new MultipartFormDataContent();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SeedData, "lists", "sdn-sample")))
            content.Add(new ByteArrayContent(File.ReadAllBytes(file)), "files", Path.GetFileName(file));
        return content;
    }

    [Fact]
    public async Task ImportLists_ThenScreenDecideAndTrace_WorkThroughTheApi()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client("admin");
        using var analyst = server.Client("analyst");

        var first = await (await admin.PostAsync("/api/imports/lists?format=ofac-csv", SdnSample())).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await admin.PostAsync("/api/imports/lists?format=ofac-csv", SdnSample())).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(first.GetProperty("added").GetBoolean());
        Assert.Contains(first.GetProperty("becameMatched").EnumerateArray(), m => m.GetProperty("node").GetString() == "co-namgang");
        Assert.False(again.GetProperty("added").GetBoolean());
        var screened = await (await analyst.PostAsJsonAsync("/api/screening", new { name = "Korea Namkang Trading Corp" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("OFAC-SDN:27383", screened.GetProperty("matches")[0].GetProperty("entry").GetString());
        var queue = await analyst.GetFromJsonAsync<JsonElement>("/api/matches?pending=true");
        var id = queue.EnumerateArray().First(m => m.GetProperty("node").GetString() == "tr-vessel-pu-hung-1").GetProperty("id").GetInt64();
        var rejected = await analyst.PostAsJsonAsync($"/api/matches/{id}/reject", new { note = "test: different ship" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var trace = await analyst.GetFromJsonAsync<JsonElement>("/api/products/prod-galvanized-bolts-cn/trace?limit=0");
        // The result names the list version its sanctions seeds were screened against, not only a counter.
        var version = first.GetProperty("version").GetProperty("id").GetInt64();
        Assert.EndsWith($"of OFAC-SDN#{version}", trace.GetProperty("listsVersion").GetString());
        var exposure = await analyst.GetFromJsonAsync<JsonElement>("/api/exposure?limit=1");
        Assert.EndsWith($"of OFAC-SDN#{version}", exposure.GetProperty("listsVersion").GetString());
    }

    [Fact]
    public async Task ImportLists_BadFormatOrFile_IsRejectedNamingIt()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client("admin");

        var badFormat = await admin.PostAsync("/api/imports/lists?format=excel", SdnSample());
        var broken = new MultipartFormDataContent { { new ByteArrayContent("\"unterminated"u8.ToArray()), "files", "sdn.csv" } };
        var badFile = await admin.PostAsync("/api/imports/lists?format=ofac-csv", broken);

        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("\"format\"", await badFormat.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badFile.StatusCode);
        Assert.Contains("sdn.csv:1", await badFile.Content.ReadAsStringAsync());
        Assert.Empty(await server.Service<Core.Screening.IListStore>().ListVersionsAsync(CancellationToken.None));
    }
}
