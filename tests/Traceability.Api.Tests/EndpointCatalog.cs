using System.Net.Http.Json;

namespace Traceability.Api.Tests;

/// <summary>A sample request for every endpoint, and the policy it should need.</summary>
internal static class EndpointCatalog
{
    public sealed record Sample(string Name, string Policy, HttpMethod Method, string Path, Func<HttpContent?> Body);

    private static Func<HttpContent?> Json(object body) => () => JsonContent.Create(body);

    private static readonly Func<HttpContent?> None = () => null;

    public static readonly IReadOnlyList<Sample> All =
    [
        new("getHealth", "anonymous", HttpMethod.Get, "/health", None),
        new("searchEntities", "read", HttpMethod.Get, "/api/entities?q=namgang", None),
        new("getEntity", "read", HttpMethod.Get, "/api/entities/co-namgang", None),
        new("getNeighbors", "read", HttpMethod.Get, "/api/entities/co-namgang/neighbors?limit=2", None),
        new("getTrace", "read", HttpMethod.Get, "/api/products/prod-galvanized-bolts-cn/trace?limit=2", None),
        new("getOrigins", "read", HttpMethod.Get, "/api/products/prod-galvanized-bolts-cn/origins?limit=2", None),
        new("getUntraced", "read", HttpMethod.Get, "/api/products/prod-galvanized-bolts-cn/untraced", None),
        new("getTraceFlags", "read", HttpMethod.Get, "/api/products/prod-galvanized-bolts-cn/flags?limit=2", None),
        new("getTraceGraph", "read", HttpMethod.Get, "/api/products/prod-galvanized-bolts-cn/graph?maxNodes=50", None),
        new("getWitnesses", "read", HttpMethod.Get, "/api/products/prod-galvanized-bolts-cn/flags/fac-kp-pyoksong-mine/witnesses", None),
        new("getExposure", "read", HttpMethod.Get, "/api/exposure", None),
        new("getConnections", "read", HttpMethod.Get, "/api/connections?from=fac-cn-yantai-zinc-smelter&to=co-namgang", None),
        new("getMatches", "read", HttpMethod.Get, "/api/matches", None),
        new("screenName", "screen", HttpMethod.Post, "/api/screening", Json(new { name = "Korea Namgang Trading" })),
        new("screenNames", "screen", HttpMethod.Post, "/api/screening/batch", Json(new { queries = new[] { new { name = "Mokran" } } })),
        new("confirmMatch", "screen", HttpMethod.Post, "/api/matches/999/confirm", Json(new { note = "checked registry" })),
        new("rejectMatch", "screen", HttpMethod.Post, "/api/matches/999/reject", Json(new { note = "different company" })),
        new("importGraph", "admin", HttpMethod.Post, "/api/imports/graph", () => new MultipartFormDataContent()),
        new("importLists", "admin", HttpMethod.Post, "/api/imports/lists?format=ofac-csv", () => new MultipartFormDataContent()),
        new("listKeys", "admin", HttpMethod.Get, "/api/keys", None),
        new("createKey", "admin", HttpMethod.Post, "/api/keys", Json(new { name = "matrix", role = "investigator" })),
        new("revokeKey", "admin", HttpMethod.Delete, "/api/keys/000000000000", None),
        new("getAudit", "admin", HttpMethod.Get, "/api/audit?limit=5", None),
        new("verifyAudit", "admin", HttpMethod.Get, "/api/audit/verify", None),
        new("getWorksiteReport", "read", HttpMethod.Get, "/api/reports/worksites?importer=co-us-cedarline&format=csv&asOf=2026-11-01", None),
        new("getDossier", "read", HttpMethod.Get, "/api/reports/dossier/prod-larch-engineered-flooring?format=html&asOf=2026-11-01", None),
        new("listEvidence", "read", HttpMethod.Get, "/api/evidence", None),
        new("getEvidenceKinds", "read", HttpMethod.Get, "/api/evidence/kinds", None),
        new("addEvidence", "screen", HttpMethod.Post, "/api/evidence", Json(new { node = "fac-na-karibib-quarry", kind = "wage-payment", title = "Payroll audit", date = "2026-01-15" })),
        new("importEvidence", "screen", HttpMethod.Post, "/api/evidence/import", () => new MultipartFormDataContent()),
        new("getChecklistQuestions", "read", HttpMethod.Get, "/api/checklists/questions", None),
        new("getChecklist", "read", HttpMethod.Get, "/api/checklists/fac-na-karibib-quarry", None),
        new("setChecklist", "screen", HttpMethod.Put, "/api/checklists/fac-na-karibib-quarry", Json(new { answers = new[] { new { question = "supplier-vetting", answer = "yes" } } })),
    ];

    public static HttpRequestMessage Request(Sample s) => new(s.Method, s.Path) { Content = s.Body() };
}
