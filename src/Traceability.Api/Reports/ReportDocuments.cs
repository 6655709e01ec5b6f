using System.Text.Json;
using Traceability.Api.Contracts;
using Traceability.Api.Json;
using Traceability.Core;
using Traceability.Core.Reports;
using Traceability.Storage.Reports;

namespace Traceability.Api.Reports;

/// <summary>
/// Reports as documents, the same bytes from the CLI and the API: indented JSON of the wire contract, spreadsheet-safe
/// CSV, self-contained HTML. Nothing in them depends on the clock but the as-of date passed in.
/// </summary>
public static class ReportDocuments
{
    public static readonly string[] WorksiteFormats = ["json", "csv", "html"];
    public static readonly string[] DossierFormats = ["json", "html"];

    private static readonly JsonSerializerOptions Json = ApiJson.Create(indented: true);

    public static string Format(string? format, string[] allowed)
    {
        var f = (format ?? "json").Trim().ToLowerInvariant();
        return allowed.Contains(f) ? f : throw new QueryException("format", $"must be {string.Join(", ", allowed)}");
    }

    public static (string Text, string ContentType) Render(WorksiteReport report, string format) => format switch
    {
        "csv" => (WorksiteCsv.Render(report), "text/csv; charset=utf-8"),
        "html" => (WorksiteHtml.Render(report), "text/html; charset=utf-8"),
        _ => (JsonSerializer.Serialize(WorksiteReportContract.Map(report), Json) + "\n", "application/json; charset=utf-8"),
    };

    public static (string Text, string ContentType) Render(Dossier dossier, string format) => format switch
    {
        "html" => (DossierHtml.Render(dossier), "text/html; charset=utf-8"),
        _ => (JsonSerializer.Serialize(DossierContract.Map(dossier), Json) + "\n", "application/json; charset=utf-8"),
    };
}
