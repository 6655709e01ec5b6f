using System.Security.Claims;
using Traceability.Core.Audit;

namespace Traceability.Api.Audit;

/// <summary>Who and what a request is, for its audit record.</summary>
public static class AuditContext
{
    private const string WrittenItem = "traceability:audit-written";

    /// <summary>The record of the current request with <paramref name="outcome"/>.</summary>
    public static AuditEvent Event(HttpContext http, string outcome)
    {
        var user = http.User;
        var action = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? $"{http.Request.Method} {http.Request.Path}";
        var ids = http.Request.RouteValues.Where(kv => kv.Value is not null).Select(kv => $"{kv.Key}={kv.Value}")
            .Concat(http.Request.Query.Where(q => q.Key is "importer" or "through" or "from" or "to" or "q" or "node" or "format" or "product" or "all" or "asOf").Select(q => $"{q.Key}={q.Value}"));
        return new AuditEvent(user.FindFirstValue(ClaimTypes.Name) ?? "anonymous", user.FindFirstValue(ClaimTypes.Role) ?? "none",
            action, string.Join(" ", ids), http.Connection.RemoteIpAddress?.ToString() ?? "unknown", outcome);
    }

    /// <summary>Marks the request's record as written by the change's own transaction.</summary>
    public static void MarkWritten(HttpContext http) => http.Items[WrittenItem] = true;

    public static bool Written(HttpContext http) => http.Items.ContainsKey(WrittenItem);
}
