using Traceability.Core.Graph;
using Traceability.Core.Ownership;
using Traceability.Core.Reference;
using Traceability.Core.Rules;

namespace Traceability.Core.Tests.Ownership;

/// <summary>OFAC's 50 Percent Rule as OFAC FAQs 398-401 state it.</summary>
public sealed class FiftyPercentRuleTests
{
    private static readonly (string, object) Listed = ("sanctionIds", new[] { "OFAC-SDN:1" });

    private static OwnershipResult Compute(TestGraph t)
    {
        var g = t.Build();
        return OwnershipEngine.Compute(g, SanctionSeeds.FromGraph(g));
    }

    private static BlockReason Reason(TestGraph t, string id)
    {
        var g = t.Build();
        var r = OwnershipEngine.Compute(g, SanctionSeeds.FromGraph(g));
        return r.StatusOf(g.Find(id)!.Value)?.Reason ?? BlockReason.None;
    }

    [Fact]
    public void Faq401Example1_ChainOfFiftyPercentStakes_BlocksBoth()
    {
        var t = new TestGraph().Company("x", Listed).Company("a").Company("b").Owns("x", "a", 50).Owns("a", "b", 50);
        Assert.Equal(BlockReason.Ownership, Reason(t, "a"));
        Assert.Equal(BlockReason.Ownership, Reason(t, "b"));
    }

    [Fact]
    public void Faq401Example2_TwoBlockedSubsidiariesOwning25EachOfC_BlockC()
    {
        var t = new TestGraph().Company("x", Listed).Company("a").Company("b").Company("c")
            .Owns("x", "a", 50).Owns("x", "b", 50).Owns("a", "c", 25).Owns("b", "c", 25);
        Assert.Equal(BlockReason.Ownership, Reason(t, "c"));
    }

    [Fact]
    public void Faq401Example3_DirectTenPlusFortyThroughBlockedEntity_BlocksB()
    {
        var t = new TestGraph().Company("x", Listed).Company("a").Company("b")
            .Owns("x", "a", 50).Owns("x", "b", 10).Owns("a", "b", 40);
        var g = t.Build();
        var result = OwnershipEngine.Compute(g, SanctionSeeds.FromGraph(g));

        var b = result.StatusOf(g.Find("b")!.Value)!;
        Assert.Equal(BlockReason.Ownership, b.Reason);
        Assert.Equal(50, b.BlockedPercent);
        Assert.Equal("A 40% + X 10% = 50%", b.Arithmetic(id => id.Value.ToUpperInvariant()));
        var chain = result.ExplainChain(g.Find("b")!.Value);
        Assert.Equal(["x-OWNS->a 50%", "a-OWNS->b 40%", "x-OWNS->b 10%"], chain.Select(c => $"{c.Start}-{c.Type}->{c.End} {c.Detail}"));
    }

    [Fact]
    public void Faq399_StakesOfDifferentBlockedPersonsAggregate()
    {
        var t = new TestGraph().Company("x", Listed).Node("y", "Person", ("sanctionIds", new[] { "EU:7" })).Company("a")
            .Owns("x", "a", 25).Owns("y", "a", 25);
        Assert.Equal(BlockReason.Ownership, Reason(t, "a"));
    }

    [Fact]
    public void MultiplyingStakes_WouldMissABlockedEntity_FullCountingBlocksIt()
    {
        // Multiplying down the chain gives 60% x 60% = 36%; A is blocked, so its 60% counts in full.
        var t = new TestGraph().Company("x", Listed).Company("a").Company("b").Owns("x", "a", 60).Owns("a", "b", 60);
        Assert.Equal(BlockReason.Ownership, Reason(t, "b"));
    }

    [Fact]
    public void MultiplyingStakes_WouldBlockWrongly_IntermediaryBelowFiftyCountsNothing()
    {
        // Multiplying gives 40% x 60% + 30% = 54%; A is only 40% blocked-owned, so none of its stake counts.
        var t = new TestGraph().Company("x", Listed).Company("a").Company("b")
            .Owns("x", "a", 40).Owns("x", "b", 30).Owns("a", "b", 60);
        Assert.Equal(BlockReason.None, Reason(t, "a"));
        Assert.Equal(BlockReason.None, Reason(t, "b"));
    }

    [Fact]
    public void Faq401_BlockedOwnerOf25PercentOfParent_DoesNotReachSubsidiary()
    {
        var t = new TestGraph().Company("x", Listed).Company("a").Company("b").Owns("x", "a", 25).Owns("a", "b", 50);
        Assert.Equal(BlockReason.None, Reason(t, "a"));
        Assert.Equal(BlockReason.None, Reason(t, "b"));
    }

    [Fact]
    public void ControlWithoutOwnership_DoesNotBlock_ButCautions()
    {
        var t = new TestGraph().Product("p").Company("x", Listed).Facility("f", "mine")
            .Edge("x", "OPERATES", "f").Supplies("f", "p");
        var risk = t.Risk();
        var f = risk.Graph.Find("f")!.Value;

        Assert.False(risk.Ownership.IsBlocked(f));
        var flag = Assert.Single(risk.FlagsOf(f));
        Assert.Equal(FlagKind.SanctionedLink, flag.Kind);
        Assert.Equal([new ChainLink(new NodeId("x"), "OPERATES", new NodeId("f"))], flag.Chain);
    }

    [Fact]
    public void MinorityAndUndisclosedStakes_DoNotBlock_ButCaution()
    {
        var t = new TestGraph().Product("p").Company("x", Listed).Facility("f1", "mine").Facility("f2", "mine").Facility("f3", "mine")
            .Owns("x", "f1", 30).Owns("x", "f2", null).Owns("x", "f3", 5)
            .Supplies("f1", "p").Supplies("f2", "p").Supplies("f3", "p");
        var risk = t.Risk();
        int F(string id) => risk.Graph.Find(id)!.Value;

        Assert.Equal([FlagKind.SanctionedLink], risk.FlagsOf(F("f1")).Select(x => x.Kind));
        Assert.Contains("X 30% = 30%", risk.FlagsOf(F("f1"))[0].Explanation);
        Assert.Equal([FlagKind.SanctionedLink], risk.FlagsOf(F("f2")).Select(x => x.Kind));
        Assert.Contains("undisclosed", risk.FlagsOf(F("f2"))[0].Explanation);
        Assert.Empty(risk.FlagsOf(F("f3")));
    }

    [Fact]
    public void OwnershipCycle_BlockedOnlyFromABlockedSeed()
    {
        var clean = new TestGraph().Company("a").Company("b").Owns("a", "b", 50).Owns("b", "a", 50);
        Assert.Equal(0, Compute(clean).BlockedCount);

        var seeded = new TestGraph().Company("x", Listed).Company("a").Company("b").Owns("a", "b", 50).Owns("b", "a", 50).Owns("x", "a", 50);
        Assert.Equal(BlockReason.Ownership, Reason(seeded, "a"));
        Assert.Equal(BlockReason.Ownership, Reason(seeded, "b"));
    }

    [Fact]
    public void GovernmentOfNorthKorea_IsBlockedOutright_AndItsHoldingsFollow()
    {
        var t = new TestGraph().Company("gov", ("aliases", new[] { "Government of the Democratic People's Republic of Korea" }))
            .Company("co").Owns("gov", "co", 51);
        var g = t.Build();
        // The name of node "gov" is "GOV"; the alias carries the government's name.
        var result = OwnershipEngine.Compute(g, SanctionSeeds.FromGraph(g));
        Assert.Equal(BlockReason.Outright, result.StatusOf(g.Find("gov")!.Value)!.Reason);
        Assert.Equal(BlockReason.Ownership, result.StatusOf(g.Find("co")!.Value)!.Reason);
    }

    [Fact]
    public void FacilityBlockedByOwnership_GetsSanctionedOwnershipFlagWithArithmetic()
    {
        var t = new TestGraph().Product("p").Company("x", Listed).Company("a").Facility("b", "mine")
            .Owns("x", "a", 50).Owns("x", "b", 10).Owns("a", "b", 40).Supplies("b", "p");
        var risk = t.Risk();
        var flag = Assert.Single(risk.FlagsOf(risk.Graph.Find("b")!.Value));

        Assert.Equal(FlagKind.SanctionedOwnership, flag.Kind);
        Assert.Equal(Severity.Critical, flag.Severity);
        Assert.Contains("A 40% + X 10% = 50%", flag.Explanation);
        Assert.Contains("OFAC 50 Percent Rule", flag.Basis);
        Assert.Equal(3, flag.Chain.Count);
    }
}
