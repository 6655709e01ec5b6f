using Traceability.Core.Checklists;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Core.Reports;

/// <summary>Builds the rebuttal dossier of a product from its trace, the evidence on file and the checklists.</summary>
public static class DossierBuilder
{
    private static readonly FlagKind[] SanctionKinds = [FlagKind.Sanctioned, FlagKind.SanctionedOwnership, FlagKind.SanctionedLink];

    /// <summary>Builds the dossier.</summary>
    /// <exception cref="NotFoundException">No such product.</exception>
    /// <exception cref="QueryException">The id is not a product.</exception>
    public static Dossier Build(RiskIndex risk, NodeId product, IReadOnlyList<EvidenceItem> evidence, IReadOnlyList<ChecklistAnswer> checklists,
        ReportOptions options, CancellationToken cancellationToken)
    {
        var g = risk.Graph;
        if (!g.TryGetIndex(product, out var root)) throw new NotFoundException("product", product.Value);
        if (g.KindOf(root) != NodeKind.Product) throw new QueryException("product", $"'{product}' is a {g.KindOf(root)}, not a Product");
        var query = new PathQuery { OnlyFlagged = true, Limit = options.MaxPaths, TimeBudget = options.PathTimeBudget };
        var trace = TraceEngine.Trace(risk, product, query, null, cancellationToken);
        using var cone = Cone.Build(g, root);

        var listed = trace.Paths.Paths.Select(p => new DossierPath([.. p.Nodes.Select(n => Step(risk, n))], p.End.ToString().ToLowerInvariant(),
            [.. p.Flags.Select(FlagKinds.Code)])).ToList();
        var more = trace.Paths.NextCursor is not null;
        var paths = new DossierPaths(listed, trace.PathCount.Value, trace.PathCount.Exact, more || trace.Paths.Truncated,
            trace.Paths.TruncatedBy ?? (more ? "limit" : null));

        var sites = new HashSet<int>();
        foreach (var p in trace.Paths.Paths)
            foreach (var n in p.Nodes)
                if (g.Find(n.Value) is { } v && g.KindOf(v) == NodeKind.Facility) sites.Add(v);
        foreach (var f in trace.Flags)
            if ((FlagKinds.Bit(f.Flag.Kind) & FlagKinds.PresumptionMask) != 0 && g.Find(f.Flag.Node.Value) is { } v && g.KindOf(v) == NodeKind.Facility)
                sites.Add(v);

        var rows = new WorksiteRows(risk, evidence, options);
        var answers = checklists.ToLookup(a => a.Supplier.Value, StringComparer.Ordinal);
        var worksites = sites.Select(v =>
        {
            var row = rows.Row(v, cone.Tier[cone.LocalOf(v)], [root]);
            var needs = (risk.MaskOf(v) & FlagKinds.PresumptionMask) != 0;
            return new DossierWorksite(row, needs, !needs || row.Evidence.Complete, Tally(answers[row.Id.Value]));
        }).OrderBy(w => w.Site.Tier).ThenBy(w => w.Site.Id).ToList();

        var findings = trace.Flags.Select(ToFinding).ToList();
        var verdict = new DossierVerdict(trace.Presumption.Applies, trace.Presumption.Reason,
            [.. findings.Where(f => f.Kind is "NK_LABOR" or "DPRK_LOCATION")]);
        var header = new ReportHeader($"Rebuttal dossier: {g.NameOf(root)}", ReportScope.Product(product.Value), g.NameOf(root),
            [WorksiteReportBuilder.ProductOf(g, root)], g.Version, WorksiteReportBuilder.ListsVersion(risk), options.AsOf, options.StaleDays);
        return new Dossier(header, verdict, Assess(trace.Presumption.Applies, worksites), paths, worksites,
            [.. findings.Where(f => f.Kind == FlagKinds.Code(FlagKind.NkTransport))],
            [.. findings.Where(f => SanctionKinds.Any(k => FlagKinds.Code(k) == f.Kind))]);
    }

    private static Readiness Assess(bool applies, List<DossierWorksite> worksites)
    {
        var needing = worksites.Where(w => w.NeedsRebuttal).ToList();
        var ready = needing.Count(w => w.Ready);
        if (!applies)
            return new Readiness("not-needed", true, "The CAATSA §321(b) presumption does not arise on the data held: no rebuttal is needed. Transport and sanctions findings, if any, are listed separately and are not cured by rebuttal evidence.", 0, 0);
        if (ready == needing.Count)
            return new Readiness("ready", true, $"Every worksite carrying the presumption ({needing.Count}) has fresh evidence of every required kind on file. Whether it is clear and convincing is for CBP to decide.", needing.Count, ready);
        var gaps = needing.Where(w => !w.Ready).Select(w =>
            $"{w.Site.Name} ({w.Site.Evidence.RequiredCovered}/{EvidenceStatus.RequiredCount} required kinds; missing {w.Site.Evidence.Missing.Count}, stale {w.Site.Evidence.Stale.Count})");
        return new Readiness("not-ready", false, $"Not ready: {needing.Count - ready} of {needing.Count} worksites carrying the presumption lack fresh evidence of every required kind: {string.Join("; ", gaps)}.", needing.Count, ready);
    }

    private static ChecklistTally Tally(IEnumerable<ChecklistAnswer> answers)
    {
        var list = answers.ToList();
        int Count(ChecklistAnswerValue v) => list.Count(a => a.Answer == v);
        return new ChecklistTally(Count(ChecklistAnswerValue.Yes), Count(ChecklistAnswerValue.Partial), Count(ChecklistAnswerValue.No),
            ReasonableCareQuestions.All.Count - list.Count(a => a.Answer != ChecklistAnswerValue.Unknown));
    }

    private static PathStep Step(RiskIndex risk, NodeId id)
    {
        var v = risk.Graph.Find(id.Value)!.Value;
        return new PathStep(id, risk.Graph.NameOf(v), risk.Graph.KindOf(v).ToString(),
            [.. risk.FlagsOf(v).Select(f => f.Kind).Distinct().OrderBy(k => k).Select(FlagKinds.Code)]);
    }

    private static Finding ToFinding(TraceFlag f) => new(f.Flag.Code, f.Flag.Rule, f.Flag.Node, f.NodeName, f.Tier, f.Flag.Severity, f.Flag.Basis,
        f.Flag.Explanation, f.Flag.Source, f.Flag.Chain);
}
