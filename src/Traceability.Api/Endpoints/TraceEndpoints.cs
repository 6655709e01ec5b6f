using Microsoft.Extensions.Options;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Core;
using Traceability.Core.Connections;
using Traceability.Core.Exposure;
using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Api.Endpoints;

public static class TraceEndpoints
{
    public static void MapTraceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Tracing").RequireAuthorization(Policies.Read);
        group.MapGet("/products/{id}/trace", GetTrace).WithName("getTrace")
            .WithSummary("Trace a product to its origins: presumption verdict, flags with paths through them, exact path count, a page of paths.");
        group.MapGet("/products/{id}/graph", GetTraceGraph).WithName("getTraceGraph")
            .WithSummary("A product's upstream as nodes and relationships to draw: nearest tiers first up to maxNodes, with the context nodes of its flags.");
        group.MapGet("/products/{id}/flags/{node}/witnesses", GetWitnesses).WithName("getWitnesses")
            .WithSummary("Paths of a product's trace that pass through one flagged node, paginated.");
        group.MapGet("/exposure", GetExposure).WithName("getExposure")
            .WithSummary("Exposure of every product (or an importer's) from one pass over the graph, most exposed first, one page at a time (limit, cursor).");
        group.MapGet("/connections", GetConnections).WithName("getConnections")
            .WithSummary("The k shortest connections between two entities over every relationship, either direction.");
    }

    public static async Task<Ok<TraceResponse>> GetTrace(string id, int? limit, string? cursor, bool? onlyFlagged, string? kind, string? through,
        int? maxDepth, int? timeBudgetMs, RiskIndexProvider risks, IOptions<ApiOptions> options, HttpContext http, CancellationToken ct)
    {
        var query = new PathQuery
        {
            Limit = Paging.Limit(limit, options, 20, min: 0),
            Cursor = cursor,
            OnlyFlagged = onlyFlagged ?? false,
            Kind = kind is null ? null : FlagKinds.TryParse(kind, out var k) ? k
                : throw new QueryException("kind", $"unknown flag kind '{kind}' (use {string.Join(", ", FlagKinds.All.Select(FlagKinds.Code))})"),
            Through = through is null ? null : new NodeId(through),
            MaxDepth = maxDepth,
            TimeBudget = Budget(timeBudgetMs, options),
        };
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        return TypedResults.Ok(TraceResponse.Map(TraceEngine.Trace(risk, new NodeId(id), query, null, ct)));
    }

    public static async Task<Ok<TraceGraphResponse>> GetTraceGraph(string id, int? maxNodes, RiskIndexProvider risks, IOptions<ApiOptions> options,
        HttpContext http, CancellationToken ct)
    {
        var max = options.Value.MaxGraphNodes;
        var value = maxNodes ?? max;
        if (value < 1 || value > max) throw new QueryException("maxNodes", $"must be between 1 and {max}");
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        return TypedResults.Ok(TraceGraphResponse.Map(TraceSubgraph.Graph(risk, new NodeId(id), value)));
    }

    public static async Task<Ok<WitnessResponse>> GetWitnesses(string id, string node, int? limit, string? cursor, RiskIndexProvider risks,
        IOptions<ApiOptions> options, HttpContext http, CancellationToken ct)
    {
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        if (!risk.Graph.TryGetIndex(new NodeId(node), out var v)) throw new NotFoundException("node", node);
        if (risk.FlagsOf(v).Count == 0) throw new QueryException("node", $"'{node}' carries no flag");
        var page = TraceEngine.Witnesses(risk, new NodeId(id), new NodeId(node), Paging.Limit(limit, options, 20), cursor, ct);
        return TypedResults.Ok(new WitnessResponse(id, node, [.. page.Paths.Select(PathContract.Map)], page.NextCursor, page.Truncated, risk.Graph.Version, Versions.ListsOf(risk)));
    }

    public static async Task<Ok<ExposureResponse>> GetExposure(string? importer, int? limit, string? cursor, RiskIndexProvider risks,
        IOptions<ApiOptions> options, HttpContext http, CancellationToken ct)
    {
        var (take, offset) = (Paging.Limit(limit, options, 100), Paging.Offset(cursor));
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        var report = ExposureEngine.Compute(risk, importer is null ? null : new NodeId(importer), null, ct);
        return TypedResults.Ok(ExposureResponse.Map(report, null, offset, take));
    }

    public static async Task<Ok<ConnectionResponse>> GetConnections(string from, string to, int? k, RiskIndexProvider risks, HttpContext http, CancellationToken ct)
    {
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        return TypedResults.Ok(ConnectionResponse.Map(ConnectionFinder.Find(risk.Graph, new NodeId(from), new NodeId(to), k ?? 3, cancellationToken: ct)));
    }

    private static TimeSpan Budget(int? ms, IOptions<ApiOptions> options)
    {
        var max = options.Value.MaxTimeBudgetMs;
        var value = ms ?? 5000;
        if (value < 1 || value > max) throw new QueryException("timeBudgetMs", $"must be between 1 and {max}");
        return TimeSpan.FromMilliseconds(value);
    }
}
