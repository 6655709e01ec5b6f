using System.Xml.Linq;

namespace Traceability.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_GraphMlDotAndNeo4jCsv_ForOneTrace()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;

        var graphml = await Cli.RunAsync("export", "--format", "graphml", "--product", "prod-granite-countertop", "--out", dir.File("t.graphml"), "--db", db);
        var dot = await Cli.RunAsync("export", "--format", "dot", "--out", dir.File("all.dot"), "--db", db);
        var neo = await Cli.RunAsync("export", "--format", "neo4j-csv", "--product", "prod-granite-countertop", "--out", dir.File("neo"), "--db", db);
        var json = await Cli.RunAsync("export", "--format", "json", "--product", "prod-granite-countertop", "--out", dir.File("x.json"), "--db", db);
        var notProduct = await Cli.RunAsync("export", "--format", "dot", "--product", "co-mansudae", "--out", dir.File("y.dot"), "--db", db);

        Assert.True(graphml.Exit == 0, graphml.Err);
        var doc = XDocument.Load(dir.File("t.graphml"));
        Assert.Equal(10, doc.Descendants(XName.Get("node", "http://graphml.graphdrawing.org/xmlns")).Count());
        Assert.True(dot.Exit == 0, dot.Err);
        Assert.StartsWith("digraph", await File.ReadAllTextAsync(dir.File("all.dot")));
        Assert.True(neo.Exit == 0, neo.Err);
        Assert.True(File.Exists(Path.Combine(dir.File("neo"), "neo4j-constraints.cypher")));
        Assert.True(File.Exists(Path.Combine(dir.File("neo"), "nodes-Facility.csv")));
        Assert.Equal(2, json.Exit);
        Assert.Equal(2, notProduct.Exit);
        var reimport = await Cli.RunAsync("import", dir.File("neo"), "--db", dir.File("fresh.db"));
        Assert.True(reimport.Exit == 0, reimport.Err);
        Assert.Contains("10 inserted", reimport.Out);
    }
}
