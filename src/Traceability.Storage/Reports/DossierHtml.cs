using Traceability.Core.Evidence;
using Traceability.Core.Reports;
using static Traceability.Storage.Reports.Html;

namespace Traceability.Storage.Reports;

/// <summary>The rebuttal dossier as a self-contained, printable HTML page with its summary table at the top.</summary>
public static class DossierHtml
{
    public static string Render(Dossier d)
    {
        var h = d.Header;
        var p = h.Products[0];
        var html = new Html();
        var truncation = d.Paths.Truncated ? $" (list cut by {d.Paths.TruncatedBy}: more flagged paths exist)" : "";
        html.Line("<section id=\"summary\"><h2>Summary</h2>");
        html.Summary(
        [
            ("Product", $"{E(p.Name)} <span class=\"id\">{E(p.Id.Value)}</span>"),
            ("HS code", E(p.HsCode)),
            ("Importers of record", E(ReportText.List(p.Importers.Select(i => i.Value)))),
            ("CAATSA §321(b) presumption", d.Verdict.Applies ? "<span class=\"verdict-yes\">APPLIES: presumptively barred</span>" : "<span class=\"verdict-no\">does not apply</span>"),
            ("Rebuttal readiness", $"<span class=\"{(d.Readiness.Ready ? "verdict-no" : "verdict-yes")}\">{E(d.Readiness.Status)}</span>"),
            ("Worksites carrying the presumption", E($"{d.Readiness.WorksitesNeedingRebuttal} ({d.Readiness.WorksitesReady} with complete, fresh evidence)")),
            ("Flagged paths listed", E($"{d.Paths.Listed.Count} of {d.Paths.AllPaths}{(d.Paths.AllPathsExact ? "" : "+")} paths in all{truncation}")),
            ("Worksites on flagged paths", E(ReportText.Number(d.Worksites.Count))),
            ("Transport findings (not 321(b))", E(ReportText.Number(d.Transport.Count))),
            ("Sanctions findings (not 321(b))", E(ReportText.Number(d.Sanctions.Count))),
            ("Graph version", E(ReportText.Number(h.SnapshotVersion))),
            ("Lists", E(h.ListsVersion)),
            ("As of", E(ReportText.Date(h.AsOf)) + E($" (evidence older than {h.StaleDays} days is stale)")),
        ]);
        html.Line("</section>");

        html.Line("<section id=\"verdict\"><h2>Verdict</h2>");
        html.Line($"<p>{E(d.Verdict.Reason)}</p>");
        Findings(html, "verdict-findings", d.Verdict.Findings, "No NK_LABOR or DPRK_LOCATION flag upstream.");
        html.Line("</section>");

        html.Line("<section id=\"readiness\"><h2>Readiness</h2>");
        html.Line($"<p>{E(d.Readiness.Summary)}</p>");
        html.Line("<p class=\"note\">Each cell is one evidence kind: P present (fresh), S stale (older than the stale age, or undated), – missing. Evidence counts when it is about the worksite, its workforces, its owners up the parent chain, its operators, the product or the product's importers.</p>");
        html.Table("evidence-matrix", "matrix", ["Worksite", "Needs rebuttal", .. EvidenceKinds.All.Select(k => k.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Ready", "Checklist (yes/partial/no/unknown)"],
            d.Worksites.Select(w => (IReadOnlyList<string>)
            [
                $"{E(w.Site.Name)}<br><span class=\"id\">{E(w.Site.Id.Value)}</span>",
                w.NeedsRebuttal ? "<span class=\"verdict-yes\">yes</span>" : "no",
                .. EvidenceKinds.All.Select(k => Cell(w.Site.Evidence, k.Id)),
                !w.NeedsRebuttal ? "n/a" : w.Ready ? "yes" : "<span class=\"verdict-yes\">no</span>",
                E($"{w.Checklist.Yes}/{w.Checklist.Partial}/{w.Checklist.No}/{w.Checklist.Unknown}"),
            ]), "No worksite on a flagged path.");
        html.Line("</section>");

        html.Line("<section id=\"worksites\"><h2>Worksites on flagged paths</h2>");
        foreach (var w in d.Worksites) Worksite(html, w);
        if (d.Worksites.Count == 0) html.Line("<p class=\"empty\">None.</p>");
        html.Line("</section>");

        html.Line("<section id=\"paths\"><h2>Flagged paths</h2>");
        if (d.Paths.Truncated) html.Line($"<p class=\"note\">The list is incomplete: cut by {E(d.Paths.TruncatedBy)}.</p>");
        if (d.Paths.Listed.Count == 0) html.Line("<p class=\"empty\">No path passes through a flagged node.</p>");
        else
        {
            html.Line("<ol class=\"paths\">");
            foreach (var path in d.Paths.Listed)
                html.Line("<li>" + string.Join(" &larr; ", path.Steps.Select(s => $"{E(s.Name)} <span class=\"id\">{E(s.Id.Value)}</span>{(s.Flags.Count > 0 ? " " + Badges(s.Flags) : "")}"))
                    + $" <span class=\"note\">(ends: {E(path.End)})</span></li>");
            html.Line("</ol>");
        }
        html.Line("</section>");

        html.Line("<section id=\"transport\"><h2>Transport findings (other CAATSA provisions and the NKSR, not §321(b))</h2>");
        html.Line("<p class=\"note\">North Korean nationals in the movement of goods do not trigger the §321(b) presumption but may violate other CAATSA provisions or the North Korea Sanctions Regulations. Rebuttal evidence does not cure them.</p>");
        Findings(html, "transport-findings", d.Transport, "No NK_TRANSPORT finding.");
        html.Line("</section>");
        html.Line("<section id=\"sanctions\"><h2>Sanctions findings (OFAC, not §321(b))</h2>");
        html.Line("<p class=\"note\">Dealings with blocked parties are prohibited whatever the labor evidence; cautions (SANCTIONED_LINK) call for enhanced due diligence.</p>");
        Findings(html, "sanctions-findings", d.Sanctions, "No sanctions finding.");
        html.Line("</section>");
        html.KindLegend();
        return html.Document(h.Title, E(ReportText.Header(h)));
    }

    private static string Cell(EvidenceStatus e, string kind) =>
        e.Present.Contains(kind) ? "<span class=\"ev-present\">P</span>" : e.Stale.Contains(kind) ? "<span class=\"ev-stale\">S</span>" : "<span class=\"ev-missing\">–</span>";

    private static void Worksite(Html html, DossierWorksite w)
    {
        var s = w.Site;
        html.Line($"<h3>{E(s.Name)} <span class=\"id\">{E(s.Id.Value)}</span> {Badges(s.Flags)}</h3>");
        html.Line($"<p>{E(string.Join(", ", new[] { s.Address, s.City, s.Country }.Where(x => !string.IsNullOrEmpty(x))))}; {E(s.Type)}; tier {s.Tier}; "
            + $"workers {E(s.Workers is { } n ? ReportText.Number(n) : "unknown")}. Parent company: "
            + (s.Parent is null ? "not recorded" : $"{E(s.Parent.Name)} ({E(ReportText.Chain(s.Parent))})") + $". {E(ReportText.Coverage(s.Evidence))}.</p>");
        html.Table($"evidence-{s.Id.Value}", null, ["Kind", "Title", "Date", "Issuer", "Document", "SHA-256", "About", "State"],
            s.Evidence.Items.Select(a => (IReadOnlyList<string>)
            [
                E($"{EvidenceKinds.Get(a.Item.Kind).Number}. {a.Item.Kind}"), E(a.Item.Title), E(a.Item.Date is { } dt ? ReportText.Date(dt) : "undated"), E(a.Item.Issuer),
                E(a.Item.File ?? a.Item.Url), $"<span class=\"hash\">{E(a.Item.Sha256)}</span>", E($"{a.Relation} {a.Via}"), a.Fresh ? "<span class=\"ev-present\">fresh</span>" : "<span class=\"ev-stale\">stale</span>",
            ]), "No evidence on file.");
    }

    private static void Findings(Html html, string id, IReadOnlyList<Finding> findings, string empty) =>
        html.Table(id, null, ["Flag", "Node", "Tier", "Severity", "Explanation", "Chain", "Basis"],
            findings.Select(f => (IReadOnlyList<string>)
            [
                Badges([f.Kind]), $"{E(f.NodeName)}<br><span class=\"id\">{E(f.Node.Value)}</span>", E(ReportText.Number(f.Tier)), E(f.Severity.ToString().ToLowerInvariant()),
                E(f.Explanation), E(string.Join("; ", f.Chain.Select(c => $"({c.Start})-[:{c.Type}{(c.Detail is null ? "" : " " + c.Detail)}]->({c.End})"))), $"<span class=\"note\">{E(f.Basis)}</span>",
            ]), empty);
}
