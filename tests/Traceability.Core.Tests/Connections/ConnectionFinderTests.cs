using Traceability.Core.Connections;
using Traceability.Core.Graph;

namespace Traceability.Core.Tests.Connections;

public sealed class ConnectionFinderTests
{
    private static readonly TestGraph Graph = new TestGraph()
        .Product("p").Facility("mine", "mine", "KP").Facility("mill").Company("blocked", ("sanctionIds", new[] { "OFAC-SDN:1" }))
        .Company("holding").Company("importer")
        .Supplies("mine", "mill").Supplies("mill", "p")
        .Owns("blocked", "holding", 60).Owns("holding", "mill", 100).Edge("blocked", "OPERATES", "mine").Edge("importer", "IMPORTS", "p");

    [Fact]
    public void Find_ReturnsShortestFirst_WithRelationshipsAndDirections()
    {
        var result = ConnectionFinder.Find(Graph.Build(), new NodeId("importer"), new NodeId("blocked"), k: 3);

        Assert.Equal(4, result.Distance);
        Assert.True(result.Connections.Count >= 2);
        Assert.Equal(result.Connections.Select(c => c.Length).Order().ToList(), result.Connections.Select(c => c.Length).ToList());
        var first = result.Connections[0];
        Assert.Equal(4, first.Length);
        Assert.Equal(new NodeId("importer"), first.Hops[0].From);
        Assert.Equal(new NodeId("blocked"), first.Hops[^1].To);
        var imports = Assert.Single(first.Hops[0].Relations);
        Assert.Equal(new HopRelation("IMPORTS", true, null), imports);
        // Each hop starts where the previous ended, and no node repeats.
        for (var i = 1; i < first.Hops.Count; i++) Assert.Equal(first.Hops[i - 1].To, first.Hops[i].From);
        foreach (var c in result.Connections)
        {
            var nodes = c.Hops.Select(h => h.From).Append(c.Hops[^1].To).ToList();
            Assert.Equal(nodes.Count, nodes.Distinct().Count());
        }
    }

    [Fact]
    public void Find_OwnershipHop_CarriesPercentAndDirection()
    {
        var result = ConnectionFinder.Find(Graph.Build(), new NodeId("mill"), new NodeId("blocked"), k: 1);

        var path = Assert.Single(result.Connections);
        Assert.Equal(["mill", "holding", "blocked"], path.Hops.Select(h => h.From.Value).Append(path.Hops[^1].To.Value));
        Assert.Equal(new HopRelation("OWNS", false, "100%"), Assert.Single(path.Hops[0].Relations));
        Assert.Equal(new HopRelation("OWNS", false, "60%"), Assert.Single(path.Hops[1].Relations));
    }

    [Fact]
    public void Find_Unconnected_ReportsNoDistance()
    {
        var g = new TestGraph().Company("a").Company("b").Build();
        var result = ConnectionFinder.Find(g, new NodeId("a"), new NodeId("b"), k: 3);
        Assert.Null(result.Distance);
        Assert.Empty(result.Connections);
    }

    [Fact]
    public void Find_UnknownNode_Throws()
    {
        Assert.Throws<NotFoundException>(() => ConnectionFinder.Find(Graph.Build(), new NodeId("nope"), new NodeId("p"), k: 1));
    }

    private static Snapshots.GraphSnapshot Hub(int spokes)
    {
        var t = new TestGraph().Product("hub");
        for (var i = 0; i < spokes; i++) t.Facility($"s{i:D6}", "mine");
        for (var i = 0; i < spokes; i++) t.Supplies($"s{i:D6}", "hub");
        return t.Build();
    }

    [Fact]
    public void Find_BetweenSpokesOfABigHub_PrunesDeadEnds_AndAnswersAtOnce()
    {
        var g = Hub(100_000);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = ConnectionFinder.Find(g, new NodeId("s000001"), new NodeId("s099998"), k: 3);

        // Before dead ends were pruned, Yen's algorithm ran over all 100,000 spokes: 10 s.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Equal(2, result.Distance);
        var only = Assert.Single(result.Connections);
        Assert.Equal(["s000001", "hub", "s099998"], only.Hops.Select(h => h.From.Value).Append(only.Hops[^1].To.Value));
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Find_HubBeyondTheSearchBudget_TheTwoSearchesMeetInTheMiddle()
    {
        var g = Hub(5000);

        var result = ConnectionFinder.Find(g, new NodeId("s000001"), new NodeId("s004998"), k: 2, nodeBudget: 1000);

        Assert.True(result.Truncated);
        Assert.Equal(2, result.Distance);
        Assert.Equal(2, Assert.Single(result.Connections).Length);
    }
}
