using System.Security.Claims;
using Traceability.Api.Audit;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Core;
using Traceability.Core.Screening;
using Traceability.Core.Storage;
using Traceability.Storage;

namespace Traceability.Api.Endpoints;

public static class ImportEndpoints
{
    public static void MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/imports").WithTags("Administration").RequireAuthorization(Policies.Admin).DisableAntiforgery();
        group.MapPost("/graph", ImportGraph).WithName("importGraph")
            .WithSummary("Import a neo4j-admin CSV bundle (multipart files) atomically: every row is checked and nothing is stored if any is wrong.");
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
