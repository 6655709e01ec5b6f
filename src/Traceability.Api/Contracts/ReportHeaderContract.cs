using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>What a report covers and was computed from: scope (importer, product or all), graph and list versions, as-of date.</summary>
public sealed record ReportHeaderContract(string Title, string Scope, string? ScopeId, string ScopeName, IReadOnlyList<ReportProductContract> Products,
    long SnapshotVersion, string ListsVersion, DateOnly AsOf, int StaleDays)
{
    public static ReportHeaderContract Map(ReportHeader h) => new(h.Title, h.Scope.Kind.ToString().ToLowerInvariant(), h.Scope.Id?.Value, h.ScopeName,
        [.. h.Products.Select(ReportProductContract.Map)], h.SnapshotVersion, h.ListsVersion, h.AsOf, h.StaleDays);
}
