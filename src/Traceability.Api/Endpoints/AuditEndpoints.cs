using Microsoft.Extensions.Options;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Core.Audit;

namespace Traceability.Api.Endpoints;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Administration").RequireAuthorization(Policies.Admin);
        group.MapGet("/", GetAudit).WithName("getAudit").WithSummary("The audit trail, oldest first, paginated by sequence.");
        group.MapGet("/verify", VerifyAudit).WithName("verifyAudit").WithSummary("Check the hash chain: edited, deleted, reordered or cut records.");
    }

    public static async Task<Ok<AuditPageResponse>> GetAudit(long? after, int? limit, IAuditStore audit, IOptions<ApiOptions> options, CancellationToken ct)
    {
        var take = Paging.Limit(limit, options, 100);
        var records = await audit.ReadAsync(after ?? 0, take, ct);
        return TypedResults.Ok(new AuditPageResponse([.. records.Select(AuditRecordContract.Map)], records.Count == take ? records[^1].Sequence : null));
    }

    public static async Task<Ok<AuditVerification>> VerifyAudit(IAuditStore audit, CancellationToken ct) =>
        TypedResults.Ok(await audit.VerifyAsync(ct));
}
