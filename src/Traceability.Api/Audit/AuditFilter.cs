using System.Security.Claims;
using Traceability.Api.Auth;
using Traceability.Api.Errors;
using Traceability.Core.Audit;

namespace Traceability.Api.Audit;

/// <summary>
/// Appends an audit record for every request to an endpoint that reads case data or changes anything: who, what
/// (operation id), which ids, from where, and the outcome. A read is answered only once its record is written.
/// A change writes its record inside its own transaction (<see cref="AuditContext.MarkWritten"/>); when the change
/// fails, this filter records the failure. Records go through <see cref="AuditBatcher"/>: concurrent requests share a commit.
/// </summary>
public sealed class AuditFilter(AuditBatcher audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception e)
        {
            if (!(e is OperationCanceledException && http.RequestAborted.IsCancellationRequested))
                await audit.AppendAsync(AuditContext.Event(http, $"{ApiExceptionHandler.StatusOf(e, http)} {e.GetType().Name}: {Clip(e.Message)}"), CancellationToken.None);
            throw;
        }
        if (!AuditContext.Written(http))
        {
            var status = result is IStatusCodeHttpResult { StatusCode: { } s } ? s : 200;
            await audit.AppendAsync(AuditContext.Event(http, status < 400 ? $"{status} ok" : $"{status}"), http.RequestAborted);
        }
        return result;
    }

    private static string Clip(string s) => s.Length <= 300 ? s : s[..300] + "...";
}
