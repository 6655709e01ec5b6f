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
        group.MapGet("/products/{id}/trace", GetTrace).WithName("getTrace").Produces<TraceResponse>()
            .WithSummary("Trace a product to its origins: presumption verdict, complete counts, the first listLimit origins, untraced ends and flags (with paths through them), exact path count, a page of paths.");
        group.MapGet("/products/{id}/origins", GetOrigins).WithName("getOrigins").Produces<TraceNodesResponse>()
            .WithSummary("Origins of a product's trace, nearest first, paginated (limit, cursor).");
        group.MapGet("/products/{id}/untraced", GetUntraced).WithName("getUntraced").Produces<TraceNodesResponse>()
            .WithSummary("Untraced ends of a product's trace (suppliers unknown), nearest first, paginated (limit, cursor).");
        group.MapGet("/products/{id}/flags", GetFlags).WithName("getTraceFlags").Produces<TraceFlagsResponse>()
            .WithSummary("Flags upstream of a product, most severe first, each with explanation, paths through it and a witness path; paginated (limit, cursor).");
        group.MapGet("/products/{id}/graph", GetTraceGraph).WithName("getTraceGraph").Produces<TraceGraphResponse>()
            .WithSummary("A product's upstream as nodes and relationships to draw: nearest tiers first up to maxNodes, with the context nodes of its flags.");
        group.MapGet("/products/{id}/flags/{node}/witnesses", GetWitnesses).WithName("getWitnesses").Produces<WitnessResponse>()
            .WithSummary("Paths of a product's trace that pass through one flagged node, paginated.");
        group.MapGet("/exposure", GetExposure).WithName("getExposure").Produces<ExposureResponse>()
            .WithSummary("Exposure of every product (or an importer's) from one pass over the graph, most exposed first, one page at a time (limit, cursor).");
        group.MapGet("/connections", GetConnections).WithName("getConnections")
            .WithSummary("The k shortest connections between two entities over every relationship, either direction.");
    }

    // The read endpoints below answer from the ResultCache when the same URL was answered on the same snapshot, lists and
    // seeds: their results are functions of those. Answers cut by the wall-clock budget are not kept.

    public static async Task<IResult> GetTrace(string id, int? limit, string? cursor, bool? onlyFlagged, string? kind, string? through,
        int? maxDepth, int? timeBudgetMs, int? listLimit, RiskIndexProvider risks, ResultCache cache, IOptions<ApiOptions> options,
        HttpContext http, CancellationToken ct)
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
        var listed = listLimit ?? TraceResponse.DefaultListed;
        if (listed < 0 || listed > TraceResponse.MaxListed) throw new QueryException("listLimit", $"must be between 0 and {TraceResponse.MaxListed}");
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        return cache.Serve(http, risk, () =>
        {
            var result = TraceEngine.Trace(risk, new NodeId(id), query, null, ct);
            return (TraceResponse.Map(result, listed), result.Paths.TruncatedBy != "time");
        });
    }

    public static Task<IResult> GetOrigins(string id, int? limit, string? cursor, RiskIndexProvider risks, ResultCache cache,
        IOptions<ApiOptions> options, HttpContext http, CancellationToken ct) =>
        TraceList(id, limit, cursor, risks, cache, options, http, (r, offset, take) => NodesPage(r, r.Origins, offset, take), ct);

    public static Task<IResult> GetUntraced(string id, int? limit, string? cursor, RiskIndexProvider risks, ResultCache cache,
        IOptions<ApiOptions> options, HttpContext http, CancellationToken ct) =>
        TraceList(id, limit, cursor, risks, cache, options, http, (r, offset, take) => NodesPage(r, r.Untraced, offset, take), ct);

    private static TraceNodesResponse NodesPage(TraceResult r, IReadOnlyList<TraceNode> nodes, int offset, int take) =>
        new(r.Root.Value, new LazyList<TraceNode, TraceNodeContract>(nodes, TraceNodeContract.Map, take, offset),
            nodes.Count, Paging.Next(offset, take, nodes.Count), r.SnapshotVersion, r.ListsVersion);

    public static Task<IResult> GetFlags(string id, int? limit, string? cursor, RiskIndexProvider risks, ResultCache cache,
        IOptions<ApiOptions> options, HttpContext http, CancellationToken ct) =>
        TraceList(id, limit, cursor, risks, cache, options, http, (r, offset, take) =>
            new TraceFlagsResponse(r.Root.Value, new LazyList<TraceFlag, FlagContract>(r.Flags, FlagContract.Map, take, offset),
                r.Flags.Count, Paging.Next(offset, take, r.Flags.Count), r.SnapshotVersion, r.ListsVersion), ct);

    /// <summary>A page of one of a trace's lists: the trace without paths, then items offset.. offset+take.</summary>
    private static async Task<IResult> TraceList<T>(string id, int? limit, string? cursor, RiskIndexProvider risks, ResultCache cache,
        IOptions<ApiOptions> options, HttpContext http, Func<TraceResult, int, int, T> page, CancellationToken ct)
    {
        var (take, offset) = (Paging.Limit(limit, options, 100), Paging.Offset(cursor));
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        return cache.Serve(http, risk, () => (page(TraceEngine.Trace(risk, new NodeId(id), new PathQuery { Limit = 0 }, null, ct), offset, take), true));
    }

    public static async Task<IResult> GetTraceGraph(string id, int? maxNodes, RiskIndexProvider risks, ResultCache cache, IOptions<ApiOptions> options,
        HttpContext http, CancellationToken ct)
    {
        var max = options.Value.MaxGraphNodes;
        var value = maxNodes ?? max;
        if (value < 1 || value > max) throw new QueryException("maxNodes", $"must be between 1 and {max}");
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        return cache.Serve(http, risk, () => (TraceGraphResponse.Map(TraceSubgraph.Graph(risk, new NodeId(id), value)), true));
    }

    public static async Task<IResult> GetWitnesses(string id, string node, int? limit, string? cursor, RiskIndexProvider risks, ResultCache cache,
        IOptions<ApiOptions> options, HttpContext http, CancellationToken ct)
    {
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        if (!risk.Graph.TryGetIndex(new NodeId(node), out var v)) throw new NotFoundException("node", node);
        if (risk.FlagsOf(v).Count == 0) throw new QueryException("node", $"'{node}' carries no flag");
        var take = Paging.Limit(limit, options, 20);
        return cache.Serve(http, risk, () =>
        {
            var page = TraceEngine.Witnesses(risk, new NodeId(id), new NodeId(node), take, cursor, ct);
            return (new WitnessResponse(id, node, [.. page.Paths.Select(PathContract.Map)], page.NextCursor, page.Truncated, risk.Graph.Version,
                Versions.ListsOf(risk)), page.TruncatedBy != "time");
        });
    }

    public static async Task<IResult> GetExposure(string? importer, int? limit, string? cursor, RiskIndexProvider risks, ResultCache cache,
        IOptions<ApiOptions> options, HttpContext http, CancellationToken ct)
    {
        var (take, offset) = (Paging.Limit(limit, options, 100), Paging.Offset(cursor));
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        return cache.Serve(http, risk, () =>
            (ExposureResponse.Map(ExposureEngine.Compute(risk, importer is null ? null : new NodeId(importer), null, ct), null, offset, take), true));
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
