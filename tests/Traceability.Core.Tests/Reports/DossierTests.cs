using Traceability.Core.Graph;
using Traceability.Core.Reports;

namespace Traceability.Core.Tests.Reports;

public sealed class DossierTests
{
    private static readonly ReportOptions AsOf = new(new DateOnly(2026, 11, 1));

    private static async Task<Dossier> BuildAsync(string product, ReportOptions? options = null) =>
        DossierBuilder.Build(await SeedGraph.RiskAsync(), new NodeId(product), [], [], options ?? AsOf, CancellationToken.None);

    [Fact]
    public async Task Build_DprkBolts_VerdictAppliesAndTransportAndSanctionsAreListedApart()
    {
        var d = await BuildAsync("prod-galvanized-bolts-cn");

        Assert.True(d.Verdict.Applies);
        Assert.Equal(["DPRK_LOCATION", "NK_LABOR"], d.Verdict.Findings.Select(f => f.Kind).Distinct().Order());
        Assert.Contains(d.Verdict.Findings, f => f.Node.Value == "fac-kp-pyoksong-mine" && f.Kind == "NK_LABOR");
        Assert.Equal(["fac-kp-tanchon-port", "tr-vessel-pu-hung-1"], d.Transport.Select(f => f.Node.Value).Distinct().Order());
        Assert.All(d.Transport, f => Assert.Equal("NK_TRANSPORT", f.Kind));
        Assert.Contains(d.Sanctions, f => f.Kind == "SANCTIONED" && f.Node.Value == "tr-vessel-pu-hung-1");
        Assert.Contains(d.Sanctions, f => f.Kind == "SANCTIONED_OWNERSHIP" && f.Node.Value == "fac-cn-yantai-zinc-smelter");
        Assert.DoesNotContain(d.Verdict.Findings, f => f.Kind is "NK_TRANSPORT" or "SANCTIONED");
        Assert.Equal("not-ready", d.Readiness.Status);
        Assert.Contains(d.Worksites, w => w.Site.Id.Value == "fac-kp-pyoksong-mine" && w.NeedsRebuttal && !w.Ready);
        Assert.All(d.Paths.Listed, p => Assert.NotEmpty(p.Flags));
        Assert.False(d.Paths.Truncated);
    }

    [Fact]
    public async Task Build_PortWithNorthKoreanDockers_NoPresumption_TransportFindingOnly()
    {
        var d = await BuildAsync("prod-pollock-blocks-twice-frozen");

        Assert.False(d.Verdict.Applies);
        Assert.Equal("not-needed", d.Readiness.Status);
        Assert.Contains(d.Transport, f => f.Node.Value == "fac-ru-vladivostok-cold-terminal");
        Assert.DoesNotContain(d.Worksites, w => w.NeedsRebuttal);
    }

    [Fact]
    public async Task Build_CleanProduct_NoFlaggedPath_NotNeeded()
    {
        var d = await BuildAsync("prod-tuna-canned-ec");

        Assert.False(d.Verdict.Applies);
        Assert.Empty(d.Paths.Listed);
        Assert.Empty(d.Worksites);
        Assert.Equal(2, (int)d.Paths.AllPaths);
        Assert.Empty(d.Transport);
        Assert.Empty(d.Sanctions);
    }

    [Fact]
    public async Task Build_MorePathsThanTheLimit_SaysTruncatedByLimit_AndKeepsEveryPresumptionWorksite()
    {
        var d = await BuildAsync("prod-embroidered-sweatshirt", AsOf with { MaxPaths = 1 });

        Assert.Single(d.Paths.Listed);
        Assert.True(d.Paths.Truncated);
        Assert.Equal("limit", d.Paths.TruncatedBy);
        Assert.Contains(d.Worksites, w => w.Site.Id.Value == "fac-cn-dandong-embroidery" && w.NeedsRebuttal);
    }

    [Fact]
    public async Task Build_NotAProduct_IsAQueryError()
    {
        var risk = await SeedGraph.RiskAsync();
        Assert.Throws<QueryException>(() => DossierBuilder.Build(risk, new NodeId("fac-kp-pyoksong-mine"), [], [], AsOf, CancellationToken.None));
        Assert.Throws<NotFoundException>(() => DossierBuilder.Build(risk, new NodeId("nope"), [], [], AsOf, CancellationToken.None));
    }

    [Fact]
    public void Options_StaleDaysOutOfRange_NamesTheField()
    {
        var e = Assert.Throws<QueryException>(() => ReportOptions.For(TimeProvider.System, null, -1));
        Assert.Equal("staleDays", e.Field);
        Assert.Equal(new DateOnly(2026, 3, 4), ReportOptions.For(new FixedTime(new DateTimeOffset(2026, 3, 4, 23, 59, 0, TimeSpan.Zero)), null, null).AsOf);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
