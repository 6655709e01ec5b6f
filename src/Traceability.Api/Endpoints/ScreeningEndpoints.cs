using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using System.Security.Claims;
using Traceability.Api.Audit;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Core;
using Traceability.Core.Screening;

namespace Traceability.Api.Endpoints;

public static class ScreeningEndpoints
{
    public static void MapScreeningEndpoints(this IEndpointRouteBuilder app)
    {
        var screen = app.MapGroup("/api/screening").WithTags("Screening").RequireAuthorization(Policies.Screen);
        screen.MapPost("/", Screen).WithName("screenName")
            .WithSummary("Screen one name against the imported lists: score, threshold, entry and per-feature explanation.");
        screen.MapPost("/batch", ScreenBatch).WithName("screenNames")
            .WithSummary("Screen up to 1000 names at once.");
        var matches = app.MapGroup("/api/matches").WithTags("Screening");
        matches.MapGet("/", GetMatches).WithName("getMatches").RequireAuthorization(Policies.Read)
            .WithSummary("Matches between graph nodes and list entries (the match queue with pending=true).");
        matches.MapPost("/{id:long}/confirm", Confirm).WithName("confirmMatch").RequireAuthorization(Policies.Screen)
            .WithSummary("Confirm a match, with a note saying why.");
        matches.MapPost("/{id:long}/reject", Reject).WithName("rejectMatch").RequireAuthorization(Policies.Screen)
            .WithSummary("Reject a match, with a note: it stops firing and stays rejected across list re-imports.");
    }

    public static async Task<Ok<ScreeningResponse>> Screen(ScreeningRequest request, ScreeningService screening, IListStore lists, CancellationToken ct) =>
        TypedResults.Ok(await ScreenOneAsync(request, "", screening, await ListsVersionAsync(lists, ct), ct));

    public static async Task<Ok<List<ScreeningResponse>>> ScreenBatch(BatchScreeningRequest request, ScreeningService screening, IListStore lists, CancellationToken ct)
    {
        if (request.Queries is null || request.Queries.Count == 0) throw new QueryException("queries", "must hold at least one query");
        if (request.Queries.Count > 1000) throw new QueryException("queries", "at most 1000 queries per request");
        var version = await ListsVersionAsync(lists, ct);
        var results = new List<ScreeningResponse>();
        for (var i = 0; i < request.Queries.Count; i++)
            results.Add(await ScreenOneAsync(request.Queries[i], $"queries[{i}].", screening, version, ct));
        return TypedResults.Ok(results);
    }

    private static async Task<ScreeningResponse> ScreenOneAsync(ScreeningRequest r, string path, ScreeningService screening, string listsVersion, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.Name)) throw new QueryException(path + "name", "must not be empty");
        if (r.Name.Length > 500) throw new QueryException(path + "name", "at most 500 characters");
        if (r.Limit is < 1 or > 100) throw new QueryException(path + "limit", "must be between 1 and 100");
        EntryKind? kind = r.Kind is null ? null : Enum.TryParse<EntryKind>(r.Kind, true, out var k) ? k
            : throw new QueryException(path + "kind", "must be entity, individual, vessel or aircraft");
        var query = new ScreeningQuery(r.Name, r.Aliases, r.Country, kind, r.Imo is null ? null : [new EntryIdentifier("imo", r.Imo)]);
        try
        {
            var matches = await screening.ScreenAsync(query, r.Threshold, r.Limit ?? 5, ct);
            return new ScreeningResponse(r.Name, r.Country, r.Threshold ?? screening.Threshold, listsVersion, [.. matches.Select(ScreeningMatchContract.Map)]);
        }
        catch (QueryException e) when (path.Length > 0)
        {
            throw new QueryException(path + e.Field, e.Problem);
        }
    }

    public static async Task<Ok<List<MatchContract>>> GetMatches(bool? pending, IListStore lists, CancellationToken ct) =>
        TypedResults.Ok((await lists.GetMatchesAsync(pending ?? false, ct)).Select(MatchContract.Map).ToList());

    public static Task<Ok<MatchContract>> Confirm(long id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DecisionRequest? request, IListStore lists, HttpContext http, CancellationToken ct) =>
        DecideAsync(id, MatchStatus.Confirmed, request, lists, http, ct);

    public static Task<Ok<MatchContract>> Reject(long id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DecisionRequest? request, IListStore lists, HttpContext http, CancellationToken ct) =>
        DecideAsync(id, MatchStatus.Rejected, request, lists, http, ct);

    private static async Task<Ok<MatchContract>> DecideAsync(long id, MatchStatus status, DecisionRequest? request, IListStore lists, HttpContext http, CancellationToken ct)
    {
        // A missing body is the same mistake as a missing note: say which field, not how the framework binds bodies.
        if (string.IsNullOrWhiteSpace(request?.Note)) throw new QueryException("note", "a decision needs a JSON body {\"note\": \"...\"} saying why");
        var record = await lists.DecideAsync(id, status, request.Note, http.User.FindFirstValue(ClaimTypes.Name) ?? "unknown",
            AuditContext.Event(http, "200 ok"), ct);
        AuditContext.MarkWritten(http);
        return TypedResults.Ok(MatchContract.Map(record));
    }

    internal static async Task<string> ListsVersionAsync(IListStore lists, CancellationToken ct)
    {
        var text = ListVersion.Label(await lists.ListVersionsAsync(ct));
        return text.Length == 0 ? "no lists imported" : text;
    }
}
