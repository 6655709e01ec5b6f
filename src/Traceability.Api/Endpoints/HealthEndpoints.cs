using Traceability.Core.Storage;

namespace Traceability.Api.Endpoints;

public static class HealthEndpoints
{
    public sealed record HealthResponse(string Status, long GraphVersion);

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", GetHealth).AllowAnonymous().WithName("getHealth").WithTags("Health")
            .WithSummary("Liveness and the graph version; no authentication, no case data.");

    public static async Task<Ok<HealthResponse>> GetHealth(IGraphStore store, CancellationToken ct) =>
        TypedResults.Ok(new HealthResponse("ok", await store.GetGraphVersionAsync(ct)));
}
