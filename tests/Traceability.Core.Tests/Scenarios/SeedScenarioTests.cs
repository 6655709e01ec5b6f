using Traceability.Core.Exposure;
using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Core.Tests.Scenarios;

/// <summary>The demo network shows what seed-data/README.md says it shows.</summary>
public sealed class SeedScenarioTests
{
    private static readonly string[] Barred =
    [
        "prod-pollock-fillets-frozen", "prod-crab-meat-pasteurized", "prod-embroidered-sweatshirt",
        "prod-larch-engineered-flooring", "prod-galvanized-bolts-cn", "prod-granite-countertop",
    ];

    private static readonly string[] Clean =
    [
        "prod-tuna-canned-ec", "prod-pima-polo-pe", "prod-laptop-battery-jp", "prod-birch-chair-ee", "prod-hex-bolts-tw",
    ];

    [Fact]
    public async Task Exposure_BarredAndCleanProducts_AreAsDocumented()
    {
        var report = ExposureEngine.Compute(await SeedGraph.RiskAsync(), null, null, CancellationToken.None);

        Assert.Equal(Barred.Order(), report.Products.Where(p => p.Presumption).Select(p => p.Product.Value).Order());
        Assert.Equal(Clean.Order(), report.Products.Where(p => p.Kinds.Count == 0).Select(p => p.Product.Value).Order());
        Assert.True(report.Products.Count >= 10);
    }

    [Fact]
    public async Task SeedData_HasEveryFlagKindAtLeastOnce()
    {
        var risk = await SeedGraph.RiskAsync();
        var kinds = risk.FlaggedNodes.SelectMany(v => risk.FlagsOf(v)).Select(f => f.Kind).Distinct();
        Assert.Equal(FlagKinds.All.Order(), kinds.Order());
    }

    [Fact]
    public async Task Trace_PortWithNorthKoreanDockers_IsTransportNotLabor()
    {
        var trace = TraceEngine.Trace(await SeedGraph.RiskAsync(), new NodeId("prod-pollock-blocks-twice-frozen"), new PathQuery(), null, CancellationToken.None);

        Assert.False(trace.Presumption.Applies);
        Assert.Contains(trace.Flags, f => f.Flag.Kind == FlagKind.NkTransport);
        Assert.DoesNotContain(trace.Flags, f => f.Flag.Kind == FlagKind.NkLabor);
    }

    [Fact]
    public async Task Trace_FiftyPercentCase_ShowsTheArithmetic()
    {
        var trace = TraceEngine.Trace(await SeedGraph.RiskAsync(), new NodeId("prod-galvanized-bolts-cn"), new PathQuery(), null, CancellationToken.None);

        var flag = trace.Flags.Single(f => f.Flag.Kind == FlagKind.SanctionedOwnership && f.Flag.Node.Value == "fac-cn-yantai-zinc-smelter");
        Assert.Contains("40% + KOREA NAMGANG TRADING CORPORATION 10% = 50%", flag.Flag.Explanation);
        Assert.True(trace.CyclicComponents >= 1);
    }
}
