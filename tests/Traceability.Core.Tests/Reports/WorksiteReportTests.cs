using Traceability.Core.Graph;
using Traceability.Core.Reports;

namespace Traceability.Core.Tests.Reports;

public sealed class WorksiteReportTests
{
    private static readonly ReportOptions Options = new(new DateOnly(2026, 11, 1));

    public static TheoryData<string> Importers => ["co-us-harborline", "co-us-northgate", "co-us-voltaris", "co-us-cedarline", "co-us-keystone"];

    [Theory]
    [MemberData(nameof(Importers))]
    public async Task Build_Importer_ListsExactlyTheWorksitesUpstreamOfItsProducts_WithTheirParentCompanies(string importer)
    {
        var seed = SeedFiles.Read();
        var upstream = seed.Upstream(seed.Imports[importer]);
        var expectedFacilities = upstream.Where(seed.FacilityTypes.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var expectedTransporters = upstream.Where(seed.Transporters.Contains).Order(StringComparer.Ordinal).ToList();

        var report = WorksiteReportBuilder.Build(await SeedGraph.RiskAsync(), ReportScope.Importer(importer), [], Options, CancellationToken.None);

        Assert.NotEmpty(expectedFacilities);
        Assert.Equal(expectedFacilities, report.Facilities.Select(r => r.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(expectedTransporters, report.Transporters.Select(r => r.Id.Value).Order(StringComparer.Ordinal));
        foreach (var row in report.Facilities.Concat(report.Transporters))
        {
            var (ultimate, chain) = seed.Parent(row.Id.Value);
            Assert.True(ultimate == row.Parent?.Id.Value, $"{row.Id}: parent {row.Parent?.Id.Value ?? "none"}, expected {ultimate ?? "none"}");
            Assert.Equal(chain, row.Parent?.Chain.Select(h => h.Owner.Value).ToList() ?? []);
        }
        Assert.Equal(seed.Imports[importer].Order(StringComparer.Ordinal), report.Header.Products.Select(p => p.Id.Value));
    }

    [Fact]
    public async Task Build_SeedWorksite_HasAddressWorkersGoodsFlagsAndParentChain()
    {
        var report = WorksiteReportBuilder.Build(await SeedGraph.RiskAsync(), ReportScope.Product("prod-larch-engineered-flooring"), [], Options, CancellationToken.None);

        var tynda = report.Facilities.Single(r => r.Id.Value == "fac-ru-tynda-logging");
        Assert.Equal("RU", tynda.Country);
        Assert.False(string.IsNullOrEmpty(tynda.Address));
        Assert.Contains("NK_LABOR", tynda.Flags);
        Assert.Contains("SANCTIONED_LINK", tynda.Flags);
        Assert.Contains("larch logs", tynda.Supplies, StringComparer.OrdinalIgnoreCase);
        Assert.NotNull(tynda.Workers);
        // 70% through the Amurles-Sever pyramid beats GENCO's 30%.
        Assert.Equal(["co-ru-amurles-sever", "co-ru-dalvostok-timber", "per-ru-gennady-zorin"], tynda.Parent!.Chain.Select(h => h.Owner.Value));
        Assert.Equal(1, report.Summary.PresumptionFacilities);
        Assert.Equal(report.Facilities.Count, report.Summary.Facilities);
        Assert.Equal(13, tynda.Evidence.Missing.Count);
    }

    [Fact]
    public void ParentCompanies_LargestStakeUndisclosedLowestCycleStops()
    {
        var g = new TestGraph()
            .Facility("f").Company("a").Company("b").Company("c").Company("d")
            .Owns("a", "f", 40).Owns("b", "f", 60)
            .Owns("c", "b", null).Owns("d", "b", 10)
            .Owns("b", "d", 100)
            .Build();

        var parent = ParentCompanies.Of(g, g.Find("f")!.Value)!;

        Assert.Equal(["b", "d"], parent.Chain.Select(h => h.Owner.Value));
        Assert.Equal([60.0, 10.0], parent.Chain.Select(h => h.Percent!.Value));
        Assert.Equal("d", parent.Id.Value);
        Assert.True(parent.CycleCut);
        Assert.Null(ParentCompanies.Of(g, g.Find("a")!.Value));
    }

    [Fact]
    public void Build_WorksiteUnderTwoProducts_TakesTheLowerTierAndListsBoth()
    {
        var risk = new TestGraph()
            .Company("imp").Product("p1").Product("p2").Facility("f").Facility("mill").Node("t", "Transporter", ("mode", "truck"))
            .Edge("imp", "IMPORTS", "p1").Edge("imp", "IMPORTS", "p2")
            .Supplies("f", "p1").Supplies("f", "mill").Supplies("mill", "t").Supplies("t", "p2")
            .Risk();

        var report = WorksiteReportBuilder.Build(risk, ReportScope.Importer("imp"), [], Options, CancellationToken.None);

        var f = report.Facilities.Single(r => r.Id.Value == "f");
        Assert.Equal(1, f.Tier);
        Assert.Equal(["p1", "p2"], f.Products.Select(p => p.Value));
        Assert.Equal("t", Assert.Single(report.Transporters).Id.Value);
        Assert.Equal(2, report.Summary.Products);
    }

    [Theory]
    [InlineData(ScopeKind.Importer, "nope", typeof(NotFoundException))]
    [InlineData(ScopeKind.Importer, "prod-tuna-canned-ec", typeof(QueryException))]
    [InlineData(ScopeKind.Product, "co-us-harborline", typeof(QueryException))]
    public async Task Build_BadScope_Throws(ScopeKind kind, string id, Type expected)
    {
        var risk = await SeedGraph.RiskAsync();
        var e = Record.Exception(() => WorksiteReportBuilder.Build(risk, new ReportScope(kind, new NodeId(id)), [], Options, CancellationToken.None));
        Assert.IsType(expected, e);
    }

    [Fact]
    public async Task Build_All_CoversEveryProduct()
    {
        var report = WorksiteReportBuilder.Build(await SeedGraph.RiskAsync(), ReportScope.All, [], Options, CancellationToken.None);
        Assert.Equal(16, report.Header.Products.Count);
        Assert.Equal(SeedFiles.Read().Upstream(report.Header.Products.Select(p => p.Id.Value)).Count(SeedFiles.Read().FacilityTypes.ContainsKey), report.Facilities.Count);
    }
}
