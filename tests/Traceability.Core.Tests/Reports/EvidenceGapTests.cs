using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Reports;

namespace Traceability.Core.Tests.Reports;

public sealed class EvidenceGapTests
{
    private const string Tynda = "fac-ru-tynda-logging";
    private static readonly NodeId Flooring = new("prod-larch-engineered-flooring");
    private static readonly ReportOptions AsOf = new(new DateOnly(2026, 11, 1));

    private static async Task<SeedStore> WithEvidenceAsync()
    {
        var s = await SeedStore.OpenAsync();
        await s.AddAsync(Tynda, "workforce-composition", "2026-03-01");
        await s.AddAsync(Tynda, "wage-payment", "2025-06-01");
        await s.AddAsync(Tynda, "impact-assessment", null);
        await s.AddAsync(Tynda, "stakeholder-engagement", "2026-12-01");
        await s.AddAsync("ls-kp-tynda", "recruitment-fees", "2026-01-10");
        await s.AddAsync("co-us-cedarline", "labor-policy", "2026-02-01");
        await s.AddAsync("co-ru-dalvostok-timber", "supplier-contracts", "2026-04-01");
        await s.AddAsync("fac-cn-huzhou-flooring", "leadership-commitment", "2026-05-01");
        await s.AddAsync("co-us-harborline", "supplier-training", "2026-05-01");
        return s;
    }

    private static async Task<EvidenceStatus> StatusAsync(SeedStore s, ReportOptions options)
    {
        var dossier = DossierBuilder.Build(s.Risk, Flooring, await s.EvidenceAsync(), [], options, CancellationToken.None);
        return dossier.Worksites.Single(w => w.Site.Id.Value == Tynda).Site.Evidence;
    }

    [Fact]
    public async Task Status_MixOfEvidence_PresentStaleAndMissingAreRight()
    {
        await using var s = await WithEvidenceAsync();

        var status = await StatusAsync(s, AsOf);

        Assert.Equal(["workforce-composition", "labor-policy", "supplier-contracts", "recruitment-fees"], status.Present);
        Assert.Equal(["wage-payment", "impact-assessment"], status.Stale);
        Assert.Equal(EvidenceKinds.Ids.Except(status.Present).Except(status.Stale), status.Missing);
        Assert.Contains("stakeholder-engagement", status.Missing);
        Assert.DoesNotContain("leadership-commitment", status.Present);
        Assert.DoesNotContain("supplier-training", status.Present);
        Assert.False(status.Complete);
        var relations = status.Items.ToDictionary(i => i.Item.Kind, i => i.Relation);
        Assert.Equal("workforce", relations["recruitment-fees"]);
        Assert.Equal("importer", relations["labor-policy"]);
        Assert.Equal("owner", relations["supplier-contracts"]);
        Assert.Equal("worksite", relations["workforce-composition"]);
    }

    [Fact]
    public async Task Status_LongerStaleAge_MakesOldEvidenceFresh_ButNeverUndated()
    {
        await using var s = await WithEvidenceAsync();

        var status = await StatusAsync(s, AsOf with { StaleDays = 600 });

        Assert.Contains("wage-payment", status.Present);
        Assert.Equal(["impact-assessment"], status.Stale);
    }

    [Fact]
    public async Task Status_LaterAsOf_CountsEvidenceDatedUpToIt()
    {
        await using var s = await WithEvidenceAsync();

        var status = await StatusAsync(s, new ReportOptions(new DateOnly(2026, 12, 1)));

        Assert.Contains("stakeholder-engagement", status.Present);
    }

    [Fact]
    public async Task Readiness_EveryRequiredKindFresh_IsReady_FeeReimbursementNotRequired()
    {
        await using var s = await SeedStore.OpenAsync();
        foreach (var kind in EvidenceKinds.All.Where(k => k.Required)) await s.AddAsync(Tynda, kind.Id, "2026-10-01");

        var dossier = DossierBuilder.Build(s.Risk, Flooring, await s.EvidenceAsync(), [], AsOf, CancellationToken.None);

        Assert.Equal("ready", dossier.Readiness.Status);
        Assert.True(dossier.Readiness.Ready);
        var tynda = dossier.Worksites.Single(w => w.Site.Id.Value == Tynda);
        Assert.True(tynda.NeedsRebuttal);
        Assert.True(tynda.Ready);
        Assert.Equal(["fee-reimbursement"], tynda.Site.Evidence.Missing);
    }

    [Fact]
    public async Task Readiness_OneKindMissing_IsNotReady_AndSaysWhere()
    {
        await using var s = await SeedStore.OpenAsync();
        foreach (var kind in EvidenceKinds.All.Where(k => k.Required && k.Id != "wage-payment")) await s.AddAsync(Tynda, kind.Id, "2026-10-01");

        var dossier = DossierBuilder.Build(s.Risk, Flooring, await s.EvidenceAsync(), [], AsOf, CancellationToken.None);

        Assert.Equal("not-ready", dossier.Readiness.Status);
        Assert.Equal((1, 0), (dossier.Readiness.WorksitesNeedingRebuttal, dossier.Readiness.WorksitesReady));
        Assert.Contains("Severny Logging Camp", dossier.Readiness.Summary);
    }
}
