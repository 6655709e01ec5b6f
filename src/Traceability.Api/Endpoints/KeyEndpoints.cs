using System.Security.Claims;
using Traceability.Api.Audit;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Core;
using Traceability.Core.Access;

namespace Traceability.Api.Endpoints;

public static class KeyEndpoints
{
    public static void MapKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/keys").WithTags("Administration").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListKeys).WithName("listKeys").WithSummary("API keys (never the keys themselves).");
        group.MapPost("/", CreateKey).WithName("createKey").WithSummary("Create an API key; the key is shown once.");
        group.MapDelete("/{id}", RevokeKey).WithName("revokeKey").WithSummary("Revoke an API key; it stops working at once.");
    }

    public static async Task<Ok<List<KeyContract>>> ListKeys(IKeyStore keys, CancellationToken ct) =>
        TypedResults.Ok((await keys.ListKeysAsync(ct)).Select(KeyContract.Map).ToList());

    public static async Task<Created<CreatedKeyResponse>> CreateKey(CreateKeyRequest request, IKeyStore keys, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name)) throw new QueryException("name", "must not be empty");
        if (!Enum.TryParse<Role>(request.Role, true, out var role) || !Enum.IsDefined(role)) throw new QueryException("role", "must be investigator, analyst or admin");
        var (id, key) = ApiKeys.Create();
        var record = await keys.AddKeyAsync(id, ApiKeys.Hash(key), request.Name, role, http.User.FindFirstValue(ClaimTypes.Name) ?? "unknown",
            AuditContext.Event(http, "201 ok") with { Target = $"key {id} role {role}" }, ct);
        AuditContext.MarkWritten(http);
        return TypedResults.Created($"/api/keys/{id}", new CreatedKeyResponse(key, KeyContract.Map(record)));
    }

    public static async Task<Ok<KeyContract>> RevokeKey(string id, IKeyStore keys, HttpContext http, CancellationToken ct)
    {
        var record = await keys.RevokeKeyAsync(id, AuditContext.Event(http, "200 ok"), ct);
        AuditContext.MarkWritten(http);
        return TypedResults.Ok(KeyContract.Map(record));
    }
}
