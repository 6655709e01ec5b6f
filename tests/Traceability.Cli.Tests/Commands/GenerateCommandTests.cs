using System.Text.Json;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Commands;

public sealed class GenerateCommandTests
{
    [Theory]
    [InlineData("--products 5 --nodes 500", "not both")]
    [InlineData("--products 0", "--products must be")]
    [InlineData("--nodes -10", "--nodes must be")]
    public async Task Generate_BadSize_ExitsWithUsageError(string size, string expect)
    {
        using var dir = new TempDirectory();
        var (code, _, err) = await RunAsync([.. size.Split(' '), "--out", dir.File("net")]);

        Assert.Equal(2, code);
        Assert.Contains(expect, err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("net")));
    }

    [Fact]
    public async Task Generate_Json_ReportsCountsOfTheFilesWritten()
    {
        using var dir = new TempDirectory();
        var (code, stdout, _) = await RunAsync(["--products", "20", "--seed", "3", "--out", dir.File("net"), "--json"]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(20, root.GetProperty("products").GetInt32());
        Assert.Equal(20, root.GetProperty("nodesByLabel").GetProperty("Product").GetInt64());
        var nodes = root.GetProperty("nodesByLabel").EnumerateObject().Sum(p => p.Value.GetInt64());
        Assert.Equal(root.GetProperty("nodes").GetInt64(), nodes);
        var files = root.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Equal(Directory.GetFiles(dir.File("net")).Select(Path.GetFileName).Order(StringComparer.Ordinal), files);
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await TraceabilityCli.RunAsync(["generate", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
