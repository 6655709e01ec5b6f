using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Core;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Screening;
using Traceability.Core.Snapshots;
using Traceability.Core.Storage;

namespace Traceability.Api.Endpoints;

public static class EntityEndpoints
{
    public static void MapEntityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities").RequireAuthorization(Policies.Read);
        group.MapGet("/", Search).WithName("searchEntities")
            .WithSummary("Search entities by id, name or alias, optionally by label and country; paginated.");
        group.MapGet("/{id}", GetEntity).WithName("getEntity")
            .WithSummary("One entity: properties, provenance, flags with their explanation, screening matches.");
        group.MapGet("/{id}/neighbors", GetNeighbors).WithName("getNeighbors")
            .WithSummary("Relationships of an entity by type and direction, paginated (a hub never comes back whole).");
    }

    public static async Task<Ok<SearchResponse>> Search(string q, string? label, string? country, int? limit, string? cursor,
        RiskIndexProvider risks, IOptions<ApiOptions> options, HttpContext http, CancellationToken ct)
    {
        NodeKind? kind = label is null ? null : Enum.TryParse<NodeKind>(label, true, out var k) && k != NodeKind.Other ? k
            : throw new QueryException("label", $"unknown label '{label}' (use {string.Join(", ", GraphSchema.Default.Labels.Keys)})");
        if (country is not null && !IsoCountries.IsValid(country.ToUpperInvariant())) throw new QueryException("country", $"'{country}' is not an ISO 3166-1 alpha-2 code");
        var take = Paging.Limit(limit, options, 20);
        var offset = Paging.Offset(cursor);
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        var (total, page) = EntitySearch.For(risk.Graph).Search(q, kind, country?.ToUpperInvariant(), offset, take);
        return TypedResults.Ok(new SearchResponse(q, total, [.. page.Select(v => EntitySummaryContract.Map(risk, v))], Paging.Next(offset, page.Count, total), risk.Graph.Version));
    }

    public static async Task<Ok<EntityResponse>> GetEntity(string id, RiskIndexProvider risks, IGraphStore store, IListStore lists, HttpContext http, CancellationToken ct)
    {
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        var stored = await store.GetNodeAsync(new NodeId(id), ct) ?? throw new NotFoundException("entity", id);
        var props = JsonNode.Parse(stored.Node.Properties.ToJson())!.AsObject();
        var g = risk.Graph;
        var flags = g.TryGetIndex(stored.Node.Id, out var v) ? risk.FlagsOf(v).Select(NodeFlagContract.Map).ToList() : [];
        var rels = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (g.TryGetIndex(stored.Node.Id, out v))
        {
            foreach (var e in g.Out.EdgesOf(v)) Count(rels, $"{SnapshotBuilder.TypeName(g.EdgeKinds[e])} out");
            foreach (var e in g.In.EdgesOf(v)) Count(rels, $"{SnapshotBuilder.TypeName(g.EdgeKinds[e])} in");
        }
        var matches = (await lists.GetMatchesAsync(false, ct)).Where(m => m.Node == stored.Node.Id).Select(MatchContract.Map).ToList();
        return TypedResults.Ok(new EntityResponse(stored.Node.Id.Value, stored.Node.Label, stored.Node.Name, props,
            ProvenanceContract.Map(stored.Provenance), flags, matches, rels, risk.Graph.Version, Versions.ListsOf(risk)));
    }

    public static async Task<Ok<NeighborsResponse>> GetNeighbors(string id, string? type, string? direction, int? limit, string? cursor,
        RiskIndexProvider risks, IOptions<ApiOptions> options, HttpContext http, CancellationToken ct)
    {
        var dir = (direction ?? "both").ToLowerInvariant();
        if (dir is not ("in" or "out" or "both")) throw new QueryException("direction", "must be in, out or both");
        RelKind? kind = null;
        if (type is not null)
        {
            kind = SnapshotBuilder.RelKindOf(type.ToUpperInvariant());
            if (kind == RelKind.Other) throw new QueryException("type", $"unknown relationship type '{type}' (use {string.Join(", ", GraphSchema.Default.Relationships.Keys)})");
        }
        var take = Paging.Limit(limit, options, 50);
        var offset = Paging.Offset(cursor);
        var risk = (await risks.GetAsync(ct)).Stamp(http);
        var g = risk.Graph;
        if (!g.TryGetIndex(new NodeId(id), out var v)) throw new NotFoundException("entity", id);
        // Out edges then in edges, each in id order: stable offsets across pages of one snapshot.
        var rows = new List<(int Edge, int Other, bool Out)>();
        if (dir is "out" or "both") Collect(g.Out, true);
        if (dir is "in" or "both") Collect(g.In, false);
        var page = rows.Skip(offset).Take(take).Select(r => new NeighborContract(SnapshotBuilder.TypeName(g.EdgeKinds[r.Edge]), r.Out ? "out" : "in",
            Detail(g, r.Edge), EntitySummaryContract.Map(risk, r.Other))).ToList();
        return TypedResults.Ok(new NeighborsResponse(id, rows.Count, page, Paging.Next(offset, page.Count, rows.Count), g.Version));

        void Collect(Adjacency adjacency, bool outgoing)
        {
            var nodes = adjacency.Of(v);
            var edges = adjacency.EdgesOf(v);
            for (var i = 0; i < nodes.Length; i++)
                if (kind is null || g.EdgeKinds[edges[i]] == kind) rows.Add((edges[i], nodes[i], outgoing));
        }
    }

    private static string? Detail(GraphSnapshot g, int e) => g.EdgeKinds[e] switch
    {
        RelKind.Owns when !double.IsNaN(g.EdgePercent[e]) => g.EdgePercent[e].ToString("0.##", CultureInfo.InvariantCulture) + "%",
        RelKind.Supplies => g.EdgeMaterial[e],
        _ => null,
    };

    private static void Count(SortedDictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
}
