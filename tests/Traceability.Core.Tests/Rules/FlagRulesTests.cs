using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Core.Tests.Rules;

/// <summary>Each flag kind fires where it should and nowhere else.</summary>
public sealed class FlagRulesTests
{
    private static readonly ReferenceLists Lists = new(
        [new DolEntry("CD", "cobalt ore (heterogenite)", true, false, null, "DOL 2024", "2024-09-05", "official"),
         new DolEntry("CN", "garments", false, true, null, "DOL 2024", "2024-09-05", "official")],
        [new HostEntry("CN", "seafood processing", "2018 advisory", "2018-07-23", "official")],
        "test");

    private static TraceResult Trace(TestGraph t, string root = "p") =>
        TraceEngine.Trace(t.Risk(Lists), new NodeId(root), new PathQuery { Limit = 50 }, null, CancellationToken.None);

    private static TestGraph Chain(string siteType, string country = "VN") =>
        new TestGraph().Product("p").Facility("mine", "mine", "AU").Facility("site", siteType, country)
            .Supplies("mine", "site", "ore").Supplies("site", "p", "parts");

    private static TestGraph KpWorkers(TestGraph t, string at, long workers = 40) =>
        t.Node("ls", "LaborSource", ("nationality", "KP"), ("workers", workers), ("kind", "state-dispatched")).Edge("ls", "WORKS_AT", at);

    private static IEnumerable<FlagKind> KindsOn(TraceResult r, string node) => r.Flags.Where(f => f.Flag.Node.Value == node).Select(f => f.Flag.Kind);

    [Fact]
    public void KpWorkersAtFactory_IsNkLabor_AndBarsTheProduct()
    {
        var r = Trace(KpWorkers(Chain("processing"), "site"));

        var flag = Assert.Single(r.Flags).Flag;
        Assert.Equal(FlagKind.NkLabor, flag.Kind);
        Assert.Equal("nk-labor.worksite", flag.Rule);
        Assert.Equal(new NodeId("site"), flag.Node);
        Assert.Equal(new NodeId("ls"), flag.Source);
        Assert.Equal([new ChainLink(new NodeId("ls"), "WORKS_AT", new NodeId("site"), "nationality KP, 40 workers, state-dispatched")], flag.Chain);
        Assert.Contains("321(b)", flag.Basis);
        Assert.True(r.Presumption.Applies);
        Assert.Equal([FlagKind.NkLabor], r.Presumption.Kinds);
    }

    [Theory]
    [InlineData("port")]
    [InlineData("warehouse")]
    [InlineData("logistics")]
    public void KpWorkersAtMovementSite_IsNkTransport_NeverNkLabor(string type)
    {
        var r = Trace(KpWorkers(Chain(type), "site"));

        Assert.Equal([FlagKind.NkTransport], KindsOn(r, "site"));
        Assert.Equal("nk-transport.workforce", r.Flags[0].Flag.Rule);
        Assert.Contains("not the §321(b) presumption", r.Flags[0].Flag.Basis);
        Assert.False(r.Presumption.Applies);
    }

    [Fact]
    public void KpCrewOnVessel_IsNkTransport_NeverNkLabor()
    {
        var t = new TestGraph().Product("p").Facility("mine", "mine", "AU")
            .Node("ship", "Transporter", ("mode", "vessel"), ("flag", "PA"), ("imo", "9123456"))
            .Supplies("mine", "ship").Supplies("ship", "p");
        var r = Trace(KpWorkers(t, "ship"));

        Assert.Equal([FlagKind.NkTransport], KindsOn(r, "ship"));
        Assert.False(r.Presumption.Applies);
    }

    [Fact]
    public void DprkFlaggedVessel_IsNkTransport()
    {
        var t = new TestGraph().Product("p").Facility("mine", "mine", "AU")
            .Node("ship", "Transporter", ("mode", "vessel"), ("flag", "KP"), ("imo", "8703933"))
            .Supplies("mine", "ship").Supplies("ship", "p");
        var r = Trace(t);

        var flag = Assert.Single(r.Flags).Flag;
        Assert.Equal(FlagKind.NkTransport, flag.Kind);
        Assert.Equal("nk-transport.flag-state", flag.Rule);
        Assert.Contains("IMO 8703933", flag.Explanation);
        Assert.False(r.Presumption.Applies);
    }

    [Fact]
    public void FacilityInNorthKorea_IsDprkLocation_AndBarsTheProduct()
    {
        var r = Trace(Chain("smelter", "KP"));

        Assert.Equal([FlagKind.DprkLocation], KindsOn(r, "site"));
        Assert.True(r.Presumption.Applies);
        Assert.Equal([new NodeId("site")], r.Presumption.Nodes);
    }

    [Fact]
    public void CleanProduct_HasNoFlags_AndNoPresumption()
    {
        var r = Trace(Chain("factory"));

        Assert.Empty(r.Flags);
        Assert.False(r.Presumption.Applies);
        Assert.Equal([new NodeId("mine")], r.Origins.Select(o => o.Id));
        Assert.Empty(r.Untraced);
    }

    [Fact]
    public void FacilityWithoutSuppliers_ThatIsNoOrigin_IsUntraced()
    {
        var t = new TestGraph().Product("p").Facility("trader", "factory").Facility("mine", "mine", "AU")
            .Supplies("trader", "p").Supplies("mine", "p");
        var r = Trace(t);

        Assert.Equal([FlagKind.Untraced], KindsOn(r, "trader"));
        Assert.Empty(KindsOn(r, "mine"));
        Assert.Equal([new NodeId("trader")], r.Untraced.Select(u => u.Id));
    }

    [Fact]
    public void FacilityProducingMaterial_IsAnOrigin_EvenIfNotExtraction()
    {
        var t = new TestGraph().Product("p").Facility("salt", "processing").Node("m", "Material")
            .Edge("salt", "PRODUCES", "m").Supplies("salt", "p");
        var r = Trace(t);

        Assert.Equal([new NodeId("salt")], r.Origins.Select(o => o.Id));
        Assert.Empty(r.Flags);
    }

    [Fact]
    public void DolListedGood_MatchesByNormalizedName_InTheListedCountryOnly()
    {
        var t = new TestGraph().Product("p").Facility("kolwezi", "mine", "CD").Facility("zambia", "mine", "ZM")
            .Supplies("kolwezi", "p", "Cobalt ores").Supplies("zambia", "p", "cobalt ore");
        var r = Trace(t);

        var flag = Assert.Single(r.Flags).Flag;
        Assert.Equal(FlagKind.DolListed, flag.Kind);
        Assert.Equal(new NodeId("kolwezi"), flag.Node);
        Assert.Contains("cobalt ore (heterogenite)", flag.Explanation);
        Assert.Equal(Severity.Medium, flag.Severity);
    }

    [Fact]
    public void DolListedGood_FromProductTypes_ForcedLaborIsHighSeverity()
    {
        var t = new TestGraph().Product("p").Facility("mine", "mine", "AU")
            .Facility("sewing", "factory", "CN", ("productTypes", new[] { "Garments" })).Supplies("mine", "sewing").Supplies("sewing", "p");
        var r = Trace(t);

        var flag = Assert.Single(r.Flags).Flag;
        Assert.Equal(FlagKind.DolListed, flag.Kind);
        Assert.Equal(Severity.High, flag.Severity);
    }

    [Fact]
    public void HostCountrySector_MatchesSectorWords_InHostCountryOnly()
    {
        var t = new TestGraph().Product("p")
            .Facility("dandong", "processing", "CN", ("sector", "seafood")).Facility("vietnam", "processing", "VN", ("sector", "seafood"))
            .Facility("boat", "fishery", "RU").Supplies("boat", "dandong").Supplies("boat", "vietnam")
            .Supplies("dandong", "p").Supplies("vietnam", "p");
        var r = Trace(t);

        Assert.Equal([FlagKind.HighRiskHost], KindsOn(r, "dandong"));
        Assert.Empty(KindsOn(r, "vietnam"));
        Assert.False(r.Presumption.Applies);
    }

    [Fact]
    public void ListedFacility_IsSanctioned()
    {
        var t = new TestGraph().Product("p").Facility("mine", "mine", "KP", ("sanctionIds", new[] { "OFAC-SDN:27383" })).Supplies("mine", "p");
        var r = Trace(t);

        Assert.Equal([FlagKind.DprkLocation, FlagKind.Sanctioned], KindsOn(r, "mine").Order());
        Assert.Contains("OFAC-SDN:27383", r.Flags.First(f => f.Flag.Kind == FlagKind.Sanctioned).Flag.Explanation);
    }

    [Fact]
    public void WorkforceRecruitedByBlockedParty_IsSanctionedLink_OnTheWorksite()
    {
        var t = new TestGraph().Product("p").Facility("site", "factory", "RU").Facility("mine", "mine", "AU")
            .Supplies("mine", "site").Supplies("site", "p")
            .Company("genco", ("sanctionIds", new[] { "OFAC-SDN:19611" }))
            .Node("crew", "LaborSource", ("nationality", "UZ")).Edge("crew", "WORKS_AT", "site").Edge("genco", "RECRUITS", "crew");
        var r = Trace(t);

        var flag = Assert.Single(r.Flags).Flag;
        Assert.Equal(FlagKind.SanctionedLink, flag.Kind);
        Assert.Equal(new NodeId("genco"), flag.Source);
        Assert.Equal(["genco-RECRUITS->crew", "crew-WORKS_AT->site"], flag.Chain.Select(c => $"{c.Start}-{c.Type}->{c.End}"));
    }

    [Fact]
    public void FlagsUpstreamOfAnOrigin_AreOutsideTheTrace()
    {
        // Paths stop at origins: what supplies a mine is not part of the product's supply paths.
        var t = new TestGraph().Product("p").Facility("mine", "mine", "AU").Facility("kp", "factory", "KP")
            .Supplies("kp", "mine").Supplies("mine", "p");
        var r = Trace(t);

        Assert.Empty(r.Flags);
        Assert.Equal(2, r.ConeNodes);
    }

    [Fact]
    public void EveryFlag_ReportsPathsThroughItsNodeAndAWitnessPathThroughIt()
    {
        var t = new TestGraph().Product("p").Facility("m1", "mine", "AU").Facility("m2", "mine", "AU").Facility("site", "factory", "KP")
            .Facility("other", "factory").Supplies("m1", "site").Supplies("m2", "site").Supplies("site", "p").Supplies("m1", "other").Supplies("other", "p");
        var r = Trace(t);

        var flag = Assert.Single(r.Flags);
        Assert.Equal(2, (int)flag.PathsThrough.Value);
        Assert.Equal(3, (int)r.PathCount.Value);
        Assert.Equal(1, flag.Tier);
        Assert.Equal(["p", "site", "m1"], flag.Witness.Select(w => w.Value));
    }
}
