using Microsoft.Extensions.Options;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Api.Reports;
using Traceability.Core;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Reports;
using Traceability.Core.Snapshots;

namespace Traceability.Api.Endpoints;

public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Read);
        group.MapGet("/worksites", GetWorksiteReport).WithName("getWorksiteReport")
            .WithSummary("Every worksite and transporter upstream of an importer's products, one product or all products: address, parent company, products made, workers, tier, flags, evidence (format json, csv or html).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").Produces(StatusCodes.Status200OK, contentType: "text/html");
        group.MapGet("/dossier/{product}", GetDossier).WithName("getDossier")
            .WithSummary("Rebuttal dossier of a product: 321(b) verdict, flagged paths, evidence present/missing/stale per worksite, readiness, transport and sanctions findings (format json or html).")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
    }

    public static async Task<Results<Ok<WorksiteReportContract>, ContentHttpResult>> GetWorksiteReport(string? importer, string? product, bool? all, string? format,
        DateOnly? asOf, int? staleDays, RiskIndexProvider risks, IEvidenceStore evidence, IOptions<ApiOptions> api, TimeProvider time, HttpContext http,
        CancellationToken ct)
    {
        var f = ReportDocuments.Format(format, ReportDocuments.WorksiteFormats);
        var given = (importer is not null ? 1 : 0) + (product is not null ? 1 : 0) + (all == true ? 1 : 0);
        if (given != 1) throw new QueryException("scope", "give exactly one of importer, product or all=true");
        var scope = importer is not null ? ReportScope.Importer(importer) : product is not null ? ReportScope.Product(product) : ReportScope.All;
        var options = ReportOptions.For(time, asOf, staleDays) with { MaxRows = api.Value.MaxReportRows };
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        var report = WorksiteReportBuilder.Build(risk, scope, await evidence.ListEvidenceAsync(null, ct), options, ct);
        if (f == "json") return TypedResults.Ok(WorksiteReportContract.Map(report));
        var (text, type) = ReportDocuments.Render(report, f);
        return TypedResults.Text(text, type);
    }

    public static async Task<Results<Ok<DossierContract>, ContentHttpResult>> GetDossier(string product, string? format, DateOnly? asOf, int? staleDays,
        RiskIndexProvider risks, IEvidenceStore evidence, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var f = ReportDocuments.Format(format, ReportDocuments.DossierFormats);
        var options = ReportOptions.For(time, asOf, staleDays);
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        var dossier = DossierBuilder.Build(risk, new NodeId(product), await evidence.ListEvidenceAsync(null, ct), await evidence.GetChecklistAsync(null, ct), options, ct);
        if (f == "json") return TypedResults.Ok(DossierContract.Map(dossier));
        var (text, type) = ReportDocuments.Render(dossier, f);
        return TypedResults.Text(text, type);
    }
}
