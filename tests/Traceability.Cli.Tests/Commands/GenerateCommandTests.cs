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

    [Theory]
    [InlineData("1", "--relationships-per-node must be between 2.5 and 10 (got 1)")]
    [InlineData("12", "--relationships-per-node must be between 2.5 and 10 (got 12)")]
    [InlineData("NaN", "--relationships-per-node must be between 2.5 and 10 (got NaN)")]
    [InlineData("lots", "--relationships-per-node: 'lots' is not a number")]
    public async Task Generate_BadRelationshipsPerNode_ExitsWithUsageError(string value, string expect)
    {
        using var dir = new TempDirectory();
        var (code, _, err) = await RunAsync(["--products", "20", "--relationships-per-node", value, "--out", dir.File("net")]);

        Assert.Equal(2, code);
        Assert.Contains(expect, err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("net")));
    }

    [Fact]
    public async Task Generate_RelationshipsPerNode_WritesADenserNetworkOfTheSameNodes()
    {
        using var dir = new TempDirectory();
        var (code, natural, _) = await RunAsync(["--nodes", "3000", "--out", dir.File("natural"), "--json"]);
        Assert.Equal(0, code);
        (code, var dense, _) = await RunAsync(["--nodes", "3000", "--relationships-per-node", "5", "--out", dir.File("dense"), "--json"]);
        Assert.Equal(0, code);

        using var n = JsonDocument.Parse(natural);
        using var d = JsonDocument.Parse(dense);
        var nodes = d.RootElement.GetProperty("nodes").GetInt64();
        Assert.Equal(n.RootElement.GetProperty("nodes").GetInt64(), nodes);
        Assert.InRange(n.RootElement.GetProperty("relationships").GetInt64() / (double)nodes, 2.2, 2.45);
        Assert.InRange(d.RootElement.GetProperty("relationships").GetInt64() / (double)nodes, 4.8, 5.2);
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
