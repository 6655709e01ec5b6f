using Traceability.Core.Reports;
using Traceability.Storage.Csv;

namespace Traceability.Storage.Reports;

/// <summary>
/// The worksite report as one CSV table (worksites, then transporters, told apart by <c>label</c>), safe to open in a
/// spreadsheet: every cell that could start a formula is neutralized. Each row repeats the versions and as-of date.
/// </summary>
public static class WorksiteCsv
{
    public static readonly string[] Columns =
    [
        "label", "id", "name", "address", "city", "country", "type", "parentCompanyId", "parentCompany", "ownershipChain",
        "productTypes", "supplies", "workers", "tier", "products", "flags", "evidencePresent", "evidenceStale", "evidenceMissing",
        "evidenceComplete", "scope", "snapshotVersion", "listsVersion", "asOf",
    ];

    public static void Write(WorksiteReport report, TextWriter output)
    {
        var w = new CsvWriter(output);
        w.WriteRow(Columns);
        var h = report.Header;
        foreach (var r in report.Facilities.Concat(report.Transporters))
        {
            SpreadsheetSafe.WriteRow(w,
            [
                r.Label, r.Id.Value, r.Name, r.Address, r.City, r.Country, r.Type, r.Parent?.Id.Value, r.Parent?.Name, ReportText.Chain(r.Parent),
                ReportText.List(r.ProductTypes), ReportText.List(r.Supplies), r.Workers is { } n ? ReportText.Number(n) : "",
                ReportText.Number(r.Tier), ReportText.List(r.Products.Select(p => p.Value)), ReportText.List(r.Flags),
                ReportText.List(r.Evidence.Present), ReportText.List(r.Evidence.Stale), ReportText.List(r.Evidence.Missing),
                r.Evidence.Complete ? "yes" : "no", h.Scope.ToString(), ReportText.Number(h.SnapshotVersion), h.ListsVersion, ReportText.Date(h.AsOf),
            ]);
        }
        output.Flush();
    }

    public static string Render(WorksiteReport report)
    {
        using var s = new StringWriter { NewLine = "\n" };
        Write(report, s);
        return s.ToString();
    }
}
