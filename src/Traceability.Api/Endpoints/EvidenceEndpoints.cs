using System.Security.Claims;
using Traceability.Api.Audit;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Core;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Snapshots;
using Traceability.Storage.Evidence;

namespace Traceability.Api.Endpoints;

public static class EvidenceEndpoints
{
    public static void MapEvidenceEndpoints(this IEndpointRouteBuilder app, long maxJsonBytes)
    {
        var group = app.MapGroup("/api/evidence").WithTags("Evidence");
        group.MapGet("/", ListEvidence).WithName("listEvidence").RequireAuthorization(Policies.Read)
            .WithSummary("Due-diligence evidence on file, for one node or all.");
        group.MapGet("/kinds", GetEvidenceKinds).WithName("getEvidenceKinds").RequireAuthorization(Policies.Read)
            .WithSummary("The 13 kinds of rebuttal evidence of the DHS FAQs on North Korean labor, with their stable ids.");
        group.MapPost("/", AddEvidence).WithName("addEvidence").RequireAuthorization(Policies.Screen)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxJsonBytes))
            .WithSummary("Record one evidence item (node, kind, title, date, issuer, URL) about a worksite, workforce, company or product.");
        group.MapPost("/import", ImportEvidence).WithName("importEvidence").RequireAuthorization(Policies.Screen).DisableAntiforgery()
            .WithSummary("Import evidence from CSV (node, kind, title, date, issuer, file, url) with the documents it names, uploaded as multipart files; SHA-256 computed on receipt; all rows or none.");
    }

    public static async Task<Ok<List<EvidenceItemContract>>> ListEvidence(string? node, IEvidenceStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListEvidenceAsync(node is null ? null : new NodeId(node), ct)).Select(EvidenceItemContract.Map).ToList());

    public static Ok<List<EvidenceKindContract>> GetEvidenceKinds() => TypedResults.Ok(EvidenceKinds.All.Select(EvidenceKindContract.Map).ToList());

    public static async Task<Created<EvidenceAddedResponse>> AddEvidence(AddEvidenceRequest request, RiskIndexProvider risks, IEvidenceStore store,
        TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var risk = await risks.GetAsync(ct);
        var problems = new List<(string Field, string Message)>();
        var input = new EvidenceInput(request.Node, request.Kind, request.Title, request.Date, request.Issuer, null, request.Url);
        var draft = EvidenceIntake.Check(risk.Graph, input, new EvidenceFiles(Path.GetTempPath(), Confined: true), Today(time), problems);
        if (draft is null) throw new QueryException(problems[0].Field, problems[0].Message);
        var items = await store.AddEvidenceAsync([draft], Actor(http), AuditContext.Event(http, "201 ok") with { Target = $"node={draft.Node} kind={draft.Kind}" }, ct);
        AuditContext.MarkWritten(http);
        return TypedResults.Created($"/api/evidence?node={Uri.EscapeDataString(draft.Node.Value)}", new EvidenceAddedResponse(items.Count, [.. items.Select(EvidenceItemContract.Map)]));
    }

    public static async Task<Ok<EvidenceAddedResponse>> ImportEvidence(string? csv, HttpRequest request, RiskIndexProvider risks, IEvidenceStore store,
        TimeProvider time, HttpContext http, CancellationToken ct)
    {
        using var upload = await Upload.SaveAsync(request, null, ct);
        var lists = upload.Files.Where(f => csv is null ? f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) : f == csv).ToList();
        if (lists.Count != 1)
            throw new QueryException("csv", csv is null ? "upload exactly one .csv file, or name the evidence list with ?csv=" : $"no uploaded file named '{csv}'");
        var risk = await risks.GetAsync(ct);
        IReadOnlyList<EvidenceDraft> drafts;
        await using (var stream = File.OpenRead(Path.Combine(upload.Folder, lists[0])))
            drafts = EvidenceCsvReader.Read(lists[0], stream, risk.Graph, new EvidenceFiles(upload.Folder, Confined: true), Today(time));
        var items = await store.AddEvidenceAsync(drafts, Actor(http), AuditContext.Event(http, "200 ok") with { Target = $"csv={lists[0]} rows={drafts.Count}" }, ct);
        AuditContext.MarkWritten(http);
        return TypedResults.Ok(new EvidenceAddedResponse(items.Count, [.. items.Select(EvidenceItemContract.Map)]));
    }

    internal static string Actor(HttpContext http) => http.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";

    internal static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
