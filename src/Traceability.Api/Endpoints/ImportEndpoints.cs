using System.Security.Claims;
using Traceability.Api.Audit;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Core;
using Traceability.Core.Screening;
using Traceability.Core.Storage;
using Traceability.Storage;
using Traceability.Storage.Lists;

namespace Traceability.Api.Endpoints;

public static class ImportEndpoints
{
    public static void MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/imports").WithTags("Administration").RequireAuthorization(Policies.Admin).DisableAntiforgery();
        group.MapPost("/graph", ImportGraph).WithName("importGraph")
            .WithSummary("Import a neo4j-admin CSV bundle (multipart files) atomically: every row is checked and nothing is stored if any is wrong.");
        group.MapPost("/lists", ImportLists).WithName("importLists")
            .WithSummary("Import a list version (format: ofac-csv, ofac-xml, ofac-advanced-xml, ftm, uflpa, cbp-wro, dol) and re-screen the graph.");
    }

    public static async Task<Ok<ListImportResponse>> ImportLists(string format, HttpRequest request, ListImporter importer, HttpContext http, CancellationToken ct)
    {
        if (!ListImporter.Formats.Contains(format)) throw new QueryException("format", $"must be one of {string.Join(", ", ListImporter.Formats)}");
        using var upload = await Upload.SaveAsync(request, null, ct);
        var (version, added, changes) = await importer.ImportAsync(format, [.. upload.Paths], http.User.FindFirstValue(ClaimTypes.Name) ?? "unknown",
            AuditContext.Event(http, "200 ok") with { Target = $"format={format} {string.Join(" ", upload.Files)}" }, ct);
        AuditContext.MarkWritten(http);
        return TypedResults.Ok(ListImportResponse.Map(version, added, changes));
    }

    public static async Task<Ok<ImportResponse>> ImportGraph(HttpRequest request, GraphImporter importer, IGraphStore store, IListStore lists,
        ScreeningService screening, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        using var upload = await Upload.SaveAsync(request, ".csv", ct);
        var batch = importer.Read([upload.Folder], "neo4j-csv");
        var actor = http.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        var report = await store.ImportAsync(batch, new ImportOptions(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), actor, "neo4j-csv",
            AuditContext.Event(http, "200 ok") with { Target = string.Join(" ", upload.Files) }), ct);
        AuditContext.MarkWritten(http);
        MatchSync? sync = null;
        if (!report.Unchanged && (await lists.ListVersionsAsync(ct)).Any(v => v.List != ListKeys.Dol))
            sync = await screening.RelinkAsync(AuditContext.Event(http, "200 ok") with { Action = "relink" }, ct);
        return TypedResults.Ok(ImportResponse.Map(report, sync));
    }
}
