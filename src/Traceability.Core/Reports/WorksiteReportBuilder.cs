using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Core.Reports;

/// <summary>
/// Builds the worksite report: the upstream cone of each product in scope (for an importer, the union over the products
/// it IMPORTS), its facilities and transporters, each with its parent company, goods, workers, tier, flags and evidence.
/// </summary>
public static class WorksiteReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <exception cref="NotFoundException">The importer or product is unknown.</exception>
    /// <exception cref="QueryException">The id names a node of the wrong label, or the scope holds more than <see cref="ReportOptions.MaxRows"/> rows.</exception>
    public static WorksiteReport Build(RiskIndex risk, ReportScope scope, IReadOnlyList<EvidenceItem> evidence, ReportOptions options, CancellationToken cancellationToken)
    {
        var g = risk.Graph;
        var (products, scopeName) = Products(g, scope);
        var tier = new Dictionary<int, int>();
        var under = new Dictionary<int, List<int>>();
        foreach (var p in products)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var cone = Cone.Build(g, p);
            for (var l = 1; l < cone.Count; l++)
            {
                var v = cone.Nodes[l];
                if (g.KindOf(v) is not (NodeKind.Facility or NodeKind.Transporter)) continue;
                tier[v] = Math.Min(tier.GetValueOrDefault(v, int.MaxValue), cone.Tier[l]);
                if (!under.TryGetValue(v, out var list)) under[v] = list = [];
                list.Add(p);
            }
        }
        if (tier.Count > options.MaxRows)
            throw new QueryException("scope", $"the report would list {tier.Count} worksites and transporters, more than the {options.MaxRows} allowed here: narrow the scope, or run `traceability report worksites`, which writes any size to a file");
        var rows = new WorksiteRows(risk, evidence, options);
        var all = tier.Keys.Select(v => rows.Row(v, tier[v], under[v])).OrderBy(r => r.Tier).ThenBy(r => r.Id).ToList();
        var facilities = all.Where(r => r.Label == nameof(NodeKind.Facility)).ToList();
        var transporters = all.Where(r => r.Label == nameof(NodeKind.Transporter)).ToList();
        var header = new ReportHeader($"Worksite report: {scopeName}", scope, scopeName, [.. products.Select(p => ProductOf(g, p))],
            g.Version, ListsVersion(risk), options.AsOf, options.StaleDays);
        return new WorksiteReport(header, Summarize(products.Count, facilities, transporters), facilities, transporters);
    }

    internal static string ListsVersion(RiskIndex risk) => $"{risk.Lists.Version}; seeds {risk.SeedsVersion}";

    internal static ReportProduct ProductOf(GraphSnapshot g, int p) =>
        new(g.IdOf(p), g.NameOf(p), g.AttributesOf(p).HsCode, [.. g.Incoming(p, RelKind.Imports).Select(x => g.IdOf(x.Node))]);

    private static (List<int> Products, string Name) Products(GraphSnapshot g, ReportScope scope)
    {
        if (scope.Kind == ScopeKind.All)
            return ([.. Enumerable.Range(0, g.NodeCount).Where(v => g.KindOf(v) == NodeKind.Product)], "all products");
        var field = scope.Kind == ScopeKind.Importer ? "importer" : "product";
        var id = scope.Id ?? throw new QueryException(field, "is required");
        if (!g.TryGetIndex(id, out var v)) throw new NotFoundException(field, id.Value);
        if (scope.Kind == ScopeKind.Product)
        {
            if (g.KindOf(v) != NodeKind.Product) throw new QueryException("product", $"'{id}' is a {g.KindOf(v)}, not a Product");
            return ([v], g.NameOf(v));
        }
        if (g.KindOf(v) != NodeKind.Company) throw new QueryException("importer", $"'{id}' is a {g.KindOf(v)}, not a Company");
        return ([.. g.Outgoing(v, RelKind.Imports).Select(x => x.Node).Distinct().Order()], g.NameOf(v));
    }

    private static WorksiteSummary Summarize(int products, List<WorksiteRow> facilities, List<WorksiteRow> transporters)
    {
        var presumption = new[] { FlagKinds.Code(FlagKind.NkLabor), FlagKinds.Code(FlagKind.DprkLocation) };
        var counts = FlagKinds.All.Select(FlagKinds.Code)
            .Select(code => new KeyValuePair<string, int>(code, facilities.Concat(transporters).Count(r => r.Flags.Contains(code))))
            .Where(kv => kv.Value > 0).ToList();
        return new WorksiteSummary(products, facilities.Count, transporters.Count,
            facilities.Count(r => r.Flags.Count > 0), facilities.Count(r => r.Flags.Intersect(presumption).Any()),
            transporters.Count(r => r.Flags.Count > 0), facilities.Count(r => r.Parent is not null),
            facilities.Count(r => r.Evidence.Complete), facilities.Sum(r => r.Workers ?? 0), counts);
    }
}
