using Traceability.Storage.Postgres;

namespace Traceability.Cli.Rendering;

/// <summary>What <c>trace --engine sql --json</c> prints.</summary>
/// <param name="Product">The node traced.</param>
/// <param name="Engine">Always <c>sql</c>.</param>
/// <param name="Store">Where it ran (no password).</param>
/// <param name="PathCount">Complete paths: exact unless <paramref name="CutBy"/> is set, then a lower bound.</param>
/// <param name="PathCountExact">False when a budget cut the count.</param>
/// <param name="CutBy">The budget that cut the count (<c>paths</c> or <c>steps</c>), or null.</param>
/// <param name="UpstreamNodes">Nodes on some path, the product included.</param>
/// <param name="Origins">Path ends at an origin.</param>
/// <param name="Untraced">Path ends before an origin.</param>
internal sealed record SqlTraceResponse(string Product, string Engine, string Store, long PathCount, bool PathCountExact, string? CutBy,
    int UpstreamNodes, IReadOnlyList<string> Origins, IReadOnlyList<string> Untraced)
{
    public static SqlTraceResponse Map(SqlTrace t, string store) => new(t.Root.Value, "sql", store, t.PathCount, t.Exact, t.CutBy,
        t.Upstream.Count, [.. t.Origins.Select(o => o.Value)], [.. t.Untraced.Select(o => o.Value)]);
}
