using System.Net;
using System.Text.Json;
using Traceability.Storage.Generation;
using Traceability.Tests;

namespace Traceability.Api.Tests.Reliability;

/// <summary>Issue 10, item 2 through the API: an import that fills the disk answers 507 with a problem, and changes nothing.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class DiskFullTests
{
    [Fact]
    public async Task ImportGraph_DiskFull_Answers507_AndChangesNothing()
    {
        using var dir = new TempDirectory();
        new NetworkGenerator(new GeneratorOptions { Products = 1_000, Seed = 42 }).Generate(dir.File("net"));
        await using var disk = await Tmpfs.MountAsync("2m");
        await using var server = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Storage:Path"] = disk.File("api.db") });
        using var admin = server.Client("admin");
        var before = await admin.GetStringAsync("/health");
        using var content = new MultipartFormDataContent();
        foreach (var file in Directory.GetFiles(dir.File("net")))
            content.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", Path.GetFileName(file));

        var response = await admin.PostAsync("/api/imports/graph", content);

        Assert.Equal((HttpStatusCode)507, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Insufficient storage", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("nothing was changed", problem.RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain(disk.Path, problem.RootElement.ToString());
        Assert.Equal(before, await admin.GetStringAsync("/health"));
        var integrity = await server.Service<Core.Storage.IGraphStore>().CheckIntegrityAsync(CancellationToken.None);
        Assert.True(integrity.Intact, string.Join("; ", integrity.Checks));
    }
}
