using Traceability.Core.Reports;
using static Traceability.Storage.Reports.Html;

namespace Traceability.Storage.Reports;

/// <summary>The worksite report as a self-contained, printable HTML page with its summary table at the top.</summary>
public static class WorksiteHtml
{
    public static string Render(WorksiteReport report)
    {
        var h = report.Header;
        var s = report.Summary;
        var html = new Html();
        html.Line("<section id=\"summary\"><h2>Summary</h2>");
        html.Summary(
        [
            ("Scope", E(h.Scope.Kind == ScopeKind.All ? "All products" : $"{h.ScopeName} ({h.Scope.Id})")),
            ("Products covered", E(ReportText.Number(s.Products))),
            ("Worksites upstream", E(ReportText.Number(s.Facilities))),
            ("Worksites with a flag", E(ReportText.Number(s.FlaggedFacilities))),
            ("Worksites carrying the 321(b) presumption", $"<span class=\"{(s.PresumptionFacilities > 0 ? "verdict-yes" : "verdict-no")}\">{s.PresumptionFacilities}</span>"),
            ("Worksites with a known parent company", E($"{s.FacilitiesWithParent} of {s.Facilities}")),
            ("Worksites with complete, fresh evidence", E($"{s.FacilitiesWithCompleteEvidence} of {s.Facilities}")),
            ("Workers at the worksites (where known)", E(ReportText.Number(s.Workers))),
            ("Transporters upstream", E($"{s.Transporters} ({s.FlaggedTransporters} with a flag)")),
            ("Flags (worksites and transporters)", s.FlagCounts.Count == 0 ? "none" : string.Join(" ", s.FlagCounts.Select(kv => $"{Badges([kv.Key])}&nbsp;{kv.Value}"))),
            ("Graph version", E(ReportText.Number(h.SnapshotVersion))),
            ("Lists", E(h.ListsVersion)),
            ("As of", E(ReportText.Date(h.AsOf)) + E($" (evidence older than {h.StaleDays} days is stale)")),
        ]);
        html.Line("</section>");
        html.Line("<section id=\"products\"><h2>Products covered</h2>");
        html.Table("products-table", null, ["Product", "Name", "HS code", "Importers"],
            h.Products.Select(p => (IReadOnlyList<string>)[$"<span class=\"id\">{E(p.Id.Value)}</span>", E(p.Name), E(p.HsCode), E(ReportText.List(p.Importers.Select(i => i.Value)))]),
            "No product in scope.");
        html.Line("</section>");
        html.Line("<section id=\"facilities\"><h2>Worksites</h2>");
        html.Table("facilities-table", null,
            ["Tier", "Worksite", "Address", "Country", "Type", "Parent company", "Products made", "Workers", "Flags", "Evidence (kind numbers)"],
            report.Facilities.Select(Row), "No worksite upstream.");
        html.Line("</section>");
        html.Line("<section id=\"transporters\"><h2>Transporters</h2>");
        html.Table("transporters-table", null,
            ["Tier", "Transporter", "Address", "Country / flag", "Mode", "Parent company", "Goods carried", "Workers", "Flags", "Evidence (kind numbers)"],
            report.Transporters.Select(Row), "No transporter upstream.");
        html.Line("</section>");
        html.KindLegend();
        return html.Document(h.Title, E(ReportText.Header(h)));
    }

    private static IReadOnlyList<string> Row(WorksiteRow r) =>
    [
        E(ReportText.Number(r.Tier)),
        $"{E(r.Name)}<br><span class=\"id\">{E(r.Id.Value)}</span>",
        E(string.Join(", ", new[] { r.Address, r.City }.Where(x => !string.IsNullOrEmpty(x)))),
        E(r.Country),
        E(r.Type),
        r.Parent is null ? "<span class=\"empty\">not recorded</span>" : $"{E(r.Parent.Name)}<br><span class=\"note\">{E(ReportText.Chain(r.Parent))}</span>",
        E(ReportText.List(r.ProductTypes.Concat(r.Supplies).Distinct(StringComparer.Ordinal))),
        E(r.Workers is { } w ? ReportText.Number(w) : ""),
        Badges(r.Flags),
        Evidence(r.Evidence),
    ];

    internal static string Evidence(EvidenceStatus e) =>
        $"{E(ReportText.Coverage(e))}"
        + (e.Present.Count > 0 ? $"<br><span class=\"ev-present\">present: {E(ReportText.KindNumbers(e.Present))}</span>" : "")
        + (e.Stale.Count > 0 ? $"<br><span class=\"ev-stale\">stale: {E(ReportText.KindNumbers(e.Stale))}</span>" : "")
        + (e.Missing.Count > 0 ? $"<br><span class=\"ev-missing\">missing: {E(ReportText.KindNumbers(e.Missing))}</span>" : "");
}
