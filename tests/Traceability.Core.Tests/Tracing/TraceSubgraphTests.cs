using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Core.Tests.Tracing;

public sealed class TraceSubgraphTests
{
    // p <- plant <- {mine, trader}; a KP workforce recruited by an agency works at the plant; an owner owns the plant.
    private static RiskIndex Sample() => new TestGraph()
        .Product("p")
        .Facility("plant").Facility("mine", "mine").Facility("trader", "warehouse")
        .Supplies("plant", "p", "bolts").Supplies("mine", "plant", "ore").Supplies("mine", "plant", "tailings").Supplies("trader", "plant")
        .Node("ls", "LaborSource", ("nationality", "KP"), ("workers", 40L), ("kind", "state-dispatched")).Edge("ls", "WORKS_AT", "plant")
        .Company("agency").Edge("agency", "RECRUITS", "ls")
        .Company("owner").Owns("owner", "plant", 100)
        .Risk();

    [Fact]
    public void Graph_DrawsConeWithRoles_ContextOfFlags_AndMergedEdges()
    {
        var g = TraceSubgraph.Graph(Sample(), new NodeId("p"), 100);

        Assert.False(g.Truncated);
        Assert.Equal(4, g.ConeNodes);
        var byId = g.Nodes.ToDictionary(n => n.Id.Value);
        Assert.Equal(["p", "plant", "mine", "trader", "ls"], g.Nodes.Select(n => n.Id.Value));
        Assert.Equal(("root", 0), (byId["p"].Role, byId["p"].Tier));
        Assert.Equal(("supply", 1), (byId["plant"].Role, byId["plant"].Tier));
        Assert.Equal("origin", byId["mine"].Role);
        Assert.Equal(("untraced", 2), (byId["trader"].Role, byId["trader"].Tier));
        Assert.Contains(FlagKind.Untraced, byId["trader"].Flags);
        Assert.Contains(FlagKind.NkLabor, byId["plant"].Flags);
        Assert.Equal(Severity.Critical, byId["plant"].Severity);
        // The workforce is drawn as the source of the NK_LABOR flag; the owner, in no flag's chain, is not drawn.
        Assert.Equal(("context", (int?)null), (byId["ls"].Role, byId["ls"].Tier));
        Assert.Contains(FlagKind.NkLabor, byId["ls"].Flags);
        Assert.False(byId.ContainsKey("owner"));

        var edges = g.Edges.Select(e => $"{e.Start}-{e.Type}->{e.End}:{e.Detail}:{e.Traced}").ToList();
        Assert.Contains("plant-SUPPLIES->p:bolts:True", edges);
        Assert.Contains("mine-SUPPLIES->plant:ore; tailings:True", edges);
        Assert.Contains("trader-SUPPLIES->plant::True", edges);
        Assert.Single(edges, e => e.StartsWith("ls-WORKS_AT->plant:", StringComparison.Ordinal) && e.EndsWith(":False", StringComparison.Ordinal));
        Assert.All(g.Edges, e => Assert.True(byId.ContainsKey(e.Start.Value) && byId.ContainsKey(e.End.Value), $"{e} has an end not drawn"));
    }

    [Fact]
    public void Graph_OverMaxNodes_KeepsNearestTiers_AndMarksWhereItCut()
    {
        var g = TraceSubgraph.Graph(Sample(), new NodeId("p"), 2);

        Assert.True(g.Truncated);
        Assert.Equal(4, g.ConeNodes);
        Assert.Equal(["p", "plant", "ls"], g.Nodes.Select(n => n.Id.Value));
        Assert.True(g.Nodes.Single(n => n.Id.Value == "plant").MoreUpstream);
        Assert.False(g.Nodes.Single(n => n.Id.Value == "p").MoreUpstream);
        Assert.DoesNotContain(g.Edges, e => e.Start.Value is "mine" or "trader");
    }

    [Fact]
    public async Task Graph_OfEverySeedProduct_HasEveryConeNodeOnce_AndEveryTraceFlag()
    {
        var risk = await SeedGraph.RiskAsync();
        foreach (var product in Enumerable.Range(0, risk.Graph.NodeCount).Where(v => risk.Graph.KindOf(v) == Snapshots.NodeKind.Product))
        {
            var id = risk.Graph.IdOf(product);
            var g = TraceSubgraph.Graph(risk, id, 10_000);
            var trace = TraceEngine.Trace(risk, id, new PathQuery { Limit = 0 }, null, CancellationToken.None);

            var cone = g.Nodes.Where(n => n.Role != "context").ToList();
            Assert.Equal(trace.ConeNodes, cone.Count);
            Assert.Equal(g.Nodes.Count, g.Nodes.Select(n => n.Id).Distinct().Count());
            Assert.Equal(trace.Untraced.Select(u => u.Id).Order(), cone.Where(n => n.Role == "untraced").Select(n => n.Id).Order());
            Assert.Equal(trace.Origins.Select(u => u.Id).Order(), cone.Where(n => n.Role == "origin").Select(n => n.Id).Order());
            foreach (var f in trace.Flags)
                Assert.Contains(f.Flag.Kind, cone.Single(n => n.Id == f.Flag.Node).Flags);
            Assert.True(g.Edges.Count(e => e.Traced) <= trace.ConeEdges);
        }
    }
}
