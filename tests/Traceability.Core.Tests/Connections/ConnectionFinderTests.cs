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

    [Fact]
    public void Find_HubNextToOneEnd_DoesNotEatTheBudgetBeforeThePathIsFound()
    {
        // a - x1 - x2 - x3 - x4 - b, and b - importer - hub with 5000 spokes. Searched from b with a budget of 1000,
        // the hub's spokes used to fill the budget before x1 and a were reached: distance 5, no connection.
        var t = new TestGraph().Facility("a").Facility("x1").Facility("x2").Facility("x3").Facility("x4").Product("b").Company("importer").Product("hub");
        for (var i = 0; i < 5000; i++) t.Facility($"s{i:D4}", "mine");
        t.Supplies("a", "x1").Supplies("x1", "x2").Supplies("x2", "x3").Supplies("x3", "x4").Supplies("x4", "b")
            .Edge("importer", "IMPORTS", "b").Edge("importer", "IMPORTS", "hub");
        for (var i = 0; i < 5000; i++) t.Supplies($"s{i:D4}", "hub");

        var result = ConnectionFinder.Find(t.Build(), new NodeId("a"), new NodeId("b"), k: 2, nodeBudget: 1000);

        Assert.Equal(5, result.Distance);
        Assert.Equal(["a", "x1", "x2", "x3", "x4", "b"], result.Connections[0].Hops.Select(h => h.From.Value).Append("b"));
    }
}
