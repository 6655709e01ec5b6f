using System.Text.Json;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Commands;

/// <summary>
/// `bench` end to end on a generated 10k network: every workload asked for reports a measured line, each fast path is
/// checked against its alternative before timing (the run fails otherwise), and the JSON is complete. Speed is the
/// benchmark's business (docs/benchmarks.md), not this test's: no bar is asserted.
/// </summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_Quick_MeasuresEveryWorkloadAskedFor_AfterCheckingResultsAgree()
    {
        using var dir = new TempDirectory();
        var r = await Cli.RunAsync("bench", "--size", "10k", "--quick", "--json", "--workdir", dir.File("work"),
            "--only", "kernel", "--only", "load", "--only", "trace", "--only", "e2e", "--only", "exposure", "--only", "ownership", "--only", "http");

        Assert.True(r.Exit == 0, r.Err);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal("10k", root.GetProperty("size").GetString());
        Assert.True(root.GetProperty("quick").GetBoolean());
        var results = root.GetProperty("results").EnumerateArray().ToDictionary(x => x.GetProperty("workload").GetString()!);
        string[] expected =
        [
            "kernel: full upstream traversal", "kernel: memory", "load: snapshot build", "load: snapshot memory",
            "trace summary vs SQLite recursive SQL", "end-to-end trace vs bare kernel", "batch exposure vs trace per product",
            "batch exposure vs one traversal", "batch exposure, first run on a snapshot", "OFAC 50% rule, whole graph", "HTTP trace endpoint vs trivial endpoint", "HTTP trace latency",
            "HTTP trace endpoint, every answer computed",
        ];
        Assert.Equal(expected.Order(), results.Keys.Order());
        foreach (var (name, line) in results)
        {
            var ours = line.GetProperty("oursValue");
            Assert.True(ours.ValueKind == JsonValueKind.Number && ours.GetDouble() > 0, $"{name}: {line}");
        }
        Assert.Contains("results checked equal", results["trace summary vs SQLite recursive SQL"].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("; 0 errors;", results["HTTP trace endpoint vs trivial endpoint"].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("10,006 nodes", results["load: snapshot build"].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.File("work"), "net-10k-seed42-r5", "graph.db")));
    }

    [Fact]
    public async Task Bench_UnknownWorkload_IsAUsageErrorNamingIt()
    {
        using var dir = new TempDirectory();
        var r = await Cli.RunAsync("bench", "--quick", "--workdir", dir.File("work"), "--only", "trace", "--only", "tracing");

        Assert.Equal(2, r.Exit);
        Assert.Contains("--only: unknown workload 'tracing'", r.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("work")));
    }
}
