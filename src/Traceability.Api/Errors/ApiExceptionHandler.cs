using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Traceability.Core;
using Traceability.Core.Graph;
using Traceability.Core.Storage;
using Traceability.Core.Tracing;

namespace Traceability.Api.Errors;

/// <summary>The one place exceptions become problem details naming the field at fault.</summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            context.Response.StatusCode = StatusOf(exception, context);
            return true;
        }
        var (status, title, detail, errors) = Describe(exception);
        if (status >= 500) logger.LogError(exception, "unhandled error on {Path}", context.Request.Path);
        await Problems.WriteAsync(context, status, title, detail, errors);
        return true;
    }

    /// <summary>The status code an exception becomes.</summary>
    public static int StatusOf(Exception e, HttpContext context) =>
        e is OperationCanceledException && context.RequestAborted.IsCancellationRequested ? 499 : Describe(e).Status;

    private static (int Status, string Title, string Detail, IDictionary<string, string[]>? Errors) Describe(Exception e) => e switch
    {
        BadHttpRequestException { InnerException: JsonException j } => (400, "Malformed JSON",
            j.Message, new Dictionary<string, string[]> { [JsonField(j)] = [FirstLine(j.Message)] }),
        BadHttpRequestException b when b.StatusCode == 413 => (413, "Request body too large", b.Message, null),
        BadHttpRequestException b => (b.StatusCode, "Bad request", b.Message, FieldOf(b.Message)),
        QueryException q => (400, "Invalid request", q.Message, new Dictionary<string, string[]> { [q.Field] = [q.Problem] }),
        InvalidCursorException c => (400, "Invalid cursor", c.Message, new Dictionary<string, string[]> { ["cursor"] = [c.Message] }),
        NotFoundException n => (404, "Not found", n.Message, null),
        ImportFailedException i => (400, "Import rejected; nothing was changed", $"{i.Errors.Count} error(s)",
            i.Errors.GroupBy(x => $"{x.File}{(x.Line > 0 ? ":" + x.Line : "")}{(x.Column is null ? "" : " " + x.Column)}")
                .ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray())),
        JsonException j => (400, "Malformed JSON", j.Message, new Dictionary<string, string[]> { [JsonField(j)] = [FirstLine(j.Message)] }),
        // The store's own message names files and hosts; the client gets the cause, the server log gets the rest.
        StorageFaultException { Fault: StorageFault.DiskFull } => (507, "Insufficient storage",
            "The store ran out of disk space; the change was rolled back and nothing was changed.", null),
        StorageFaultException f => (503, "Store cannot be written",
            $"The store refused the change ({Describe(f.Fault)}); it was rolled back and nothing was changed.", null),
        // A driver's error that no store call translated (e.g. the audit record of a failed request on a full disk).
        _ when Storage.StorageFaults.Translate(e, "the store") is { } fault => Describe(fault),
        _ => (500, "Internal error", "The request failed; nothing was changed. The error is in the server log.", null),
    };

    private static string Describe(StorageFault fault) => fault switch
    {
        StorageFault.ReadOnly => "it is read-only",
        StorageFault.PermissionDenied => "no write permission",
        StorageFault.Corrupt => "damaged data",
        StorageFault.ConnectionLost => "the connection to its server was lost",
        _ => fault.ToString(),
    };

    private static string JsonField(JsonException j) => string.IsNullOrEmpty(j.Path) ? "$" : j.Path;

    private static string FirstLine(string s) => s.Split('\n')[0];

    // Binding errors name the parameter: 'Failed to bind parameter "int limit" from "abc".'
    private static Dictionary<string, string[]>? FieldOf(string message)
    {
        var m = System.Text.RegularExpressions.Regex.Match(message, "parameter \"(?:[^\" ]+ )?([^\" ]+)\"");
        return m.Success ? new Dictionary<string, string[]> { [m.Groups[1].Value] = [message] } : null;
    }
}
