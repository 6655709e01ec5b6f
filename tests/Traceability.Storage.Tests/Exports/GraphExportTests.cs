using System.Xml.Linq;
using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Schema;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;
using Traceability.Storage.Exports;
using Traceability.Storage.Reference;
using Traceability.Storage.Sqlite;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Exports;

public sealed class GraphExportTests
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    private static async Task<(SqliteGraphStore Store, RiskIndex Risk)> SeedAsync(TempDirectory dir)
    {
        var store = await StoreFixture.OpenAsync(dir);
        await StoreFixture.ImportAsync(store, RepoPaths.SeedGraph);
        var risk = RuleEngine.Evaluate(await SnapshotBuilder.LoadAsync(store, CancellationToken.None), ReferenceListReader.ReadFolder(Path.Combine(RepoPaths.SeedData, "lists")));
        return (store, risk);
    }

    private static XDocument GraphMl(GraphExport graph)
    {
        using var stream = new MemoryStream();
        GraphMlWriter.Write(graph, GraphSchema.Default, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    private static string Dot(GraphExport graph)
    {
        using var writer = new StringWriter();
        DotWriter.Write(graph, writer);
        return writer.ToString();
    }

    [Fact]
    public async Task GraphMl_WholeSeedGraph_ParsesWithEveryNodeAndEdge_AndTypedKeys()
    {
        using var dir = new TempDirectory();
        var (store, risk) = await SeedAsync(dir);
        await using var _ = store;

        var doc = GraphMl(await GraphExport.LoadAsync(store, risk, null, CancellationToken.None));

        var graph = doc.Root!.Element(G + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        Assert.Equal(301, graph.Elements(G + "node").Count());
        Assert.Equal(335, graph.Elements(G + "edge").Count());
        var keys = doc.Root.Elements(G + "key").ToDictionary(k => k.Attribute("id")!.Value);
        Assert.All(keys.Values, k => Assert.Contains(k.Attribute("attr.type")!.Value, new[] { "string", "long", "double", "boolean" }));
        Assert.Equal("long", keys["n_workers"].Attribute("attr.type")!.Value);
        Assert.Equal("double", keys["e_percent"].Attribute("attr.type")!.Value);
        Assert.Equal("string", keys["n_aliases"].Attribute("attr.type")!.Value);
        var used = doc.Descendants(G + "data").Select(d => d.Attribute("key")!.Value).Distinct();
        Assert.All(used, k => Assert.True(keys.ContainsKey(k), $"data key {k} is not declared"));
        var ids = graph.Elements(G + "node").Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.All(graph.Elements(G + "edge"), e => Assert.True(ids.Contains(e.Attribute("source")!.Value) && ids.Contains(e.Attribute("target")!.Value)));
        var mine = graph.Elements(G + "node").Single(n => n.Attribute("id")!.Value == "fac-kp-pyoksong-mine");
        Assert.Contains("NK_LABOR", mine.Elements(G + "data").Single(d => d.Attribute("key")!.Value == "flags").Value);
    }

    [Fact]
    public async Task GraphMl_OneTrace_HasTheConePlusFlagContext_AndTheEdgesBetweenThem()
    {
        using var dir = new TempDirectory();
        var (store, risk) = await SeedAsync(dir);
        await using var _ = store;
        var only = TraceSubgraph.Nodes(risk, new NodeId("prod-granite-countertop"));
        var expectedEdges = 0;
        var set = only.Select(n => n.Value).ToHashSet();
        await foreach (var e in store.ReadEdgesAsync(CancellationToken.None))
            if (set.Contains(e.Edge.Start.Value) && set.Contains(e.Edge.End.Value)) expectedEdges++;

        var doc = GraphMl(await GraphExport.LoadAsync(store, risk, only, CancellationToken.None));

        var graph = doc.Root!.Element(G + "graph")!;
        var nodes = graph.Elements(G + "node").Select(n => n.Attribute("id")!.Value).ToList();
        Assert.Equal(only.Select(n => n.Value), nodes);
        Assert.Contains("fac-na-karibib-quarry", nodes);
        Assert.Contains("ls-kp-karibib", nodes);
        Assert.Contains("co-mansudae", nodes);
        Assert.Contains("co-qingdao-construction-namibia", nodes);
        Assert.DoesNotContain("prod-tuna-canned-ec", nodes);
        Assert.Equal(expectedEdges, graph.Elements(G + "edge").Count());
    }

    [Fact]
    public async Task Dot_WholeSeedGraph_IsWellFormed_WithQuotedIds()
    {
        using var dir = new TempDirectory();
        var (store, risk) = await SeedAsync(dir);
        await using var _ = store;

        var dot = Dot(await GraphExport.LoadAsync(store, risk, null, CancellationToken.None));

        AssertWellFormed(dot);
        var lines = dot.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("digraph \"traceability\" {", lines[0]);
        Assert.Equal("}", lines[^1]);
        var statements = lines.Skip(4).SkipLast(1).ToList();
        Assert.All(statements, l => Assert.StartsWith("  \"", l));
        Assert.Equal(335, statements.Count(l => l.Contains("\" -> \"", StringComparison.Ordinal)));
        Assert.Equal(301, statements.Count(l => !l.Contains("\" -> \"", StringComparison.Ordinal)));
        Assert.Contains("\"fac-kp-pyoksong-mine\" [\"label\"=", dot);
    }

    [Fact]
    public void Dot_HostileText_StaysInsideItsQuotes()
    {
        var b = new SnapshotBuilder();
        var nodes = new[]
        {
            new GraphNode(new NodeId("a\"} digraph x {"), "Company", PropertyBag.From([new("name", "Name with \"quotes\", {braces}, \\ and\nnewline")])),
            new GraphNode(new NodeId("b"), "Facility", PropertyBag.From([new("name", "B\\")])),
        };
        var graph = new GraphExport(nodes, [new GraphEdge(nodes[0].Id, "OWNS", nodes[1].Id, PropertyBag.Empty)], new Dictionary<string, IReadOnlyList<string>>());

        var dot = Dot(graph);

        AssertWellFormed(dot);
        Assert.Contains("\"a\\\"} digraph x {\"", dot);
        Assert.Equal(3, dot.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("  \"", StringComparison.Ordinal)));
    }

    // Outside double-quoted strings (with \" escapes), braces and brackets balance; every quote closes.
    private static void AssertWellFormed(string dot)
    {
        var depth = 0;
        var brackets = 0;
        var inQuote = false;
        for (var i = 0; i < dot.Length; i++)
        {
            var c = dot[i];
            if (inQuote)
            {
                if (c == '\\') { i++; continue; }
                if (c == '"') inQuote = false;
                Assert.NotEqual('\n', c);
                continue;
            }
            switch (c)
            {
                case '"': inQuote = true; break;
                case '{': depth++; break;
                case '}': depth--; Assert.True(depth >= 0, "unbalanced }"); break;
                case '[': brackets++; break;
                case ']': brackets--; Assert.True(brackets >= 0, "unbalanced ]"); break;
            }
        }
        Assert.False(inQuote, "unterminated quote");
        Assert.Equal(0, depth);
        Assert.Equal(0, brackets);
    }
}
