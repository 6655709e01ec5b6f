using Traceability.Core.Ownership;
using Traceability.Core.Reference;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>What rules read: the graph, reference lists, sanction seeds and the 50 Percent Rule verdicts.</summary>
/// <param name="Graph">The snapshot.</param>
/// <param name="Lists">DOL and host-country lists.</param>
/// <param name="Seeds">Blocked parties, by node index.</param>
/// <param name="Ownership">50 Percent Rule verdicts.</param>
/// <param name="CautionPercent">Aggregate blocked stake from which a minority stake is a caution.</param>
public sealed record RuleContext(GraphSnapshot Graph, ReferenceLists Lists, ILookup<int, SanctionSeed> Seeds, OwnershipResult Ownership, double CautionPercent)
{
    /// <summary>Name of a node, for explanations.</summary>
    public string Name(int v) => Graph.NameOf(v);

    /// <summary>A chain link for relationship <paramref name="edge"/>.</summary>
    public ChainLink Link(int edge, string? detail = null) =>
        new(Graph.IdOf(Graph.EdgeStart[edge]), SnapshotBuilder.TypeName(Graph.EdgeKinds[edge]), Graph.IdOf(Graph.EdgeEnd[edge]), detail);

    /// <summary>The relationships of <paramref name="kind"/> ending at <paramref name="v"/>: (start node, edge).</summary>
    public IEnumerable<(int Node, int Edge)> Incoming(int v, RelKind kind) => Graph.Incoming(v, kind);

    /// <summary>The relationships of <paramref name="kind"/> starting at <paramref name="v"/>: (end node, edge).</summary>
    public IEnumerable<(int Node, int Edge)> Outgoing(int v, RelKind kind) => Graph.Outgoing(v, kind);

    /// <summary>
    /// What a facility makes: materials it PRODUCES, materials on its outgoing SUPPLIES, its productTypes;
    /// each with the relationship that shows it (or -1 for the property).
    /// </summary>
    public IEnumerable<(string Good, int Edge, string? HsCode)> GoodsOf(int v)
    {
        foreach (var (m, e) in Outgoing(v, RelKind.Produces)) yield return (Graph.NameOf(m), e, Graph.AttributesOf(m).HsCode);
        foreach (var (_, e) in Outgoing(v, RelKind.Supplies))
            if (Graph.EdgeMaterial[e] is { } mat) yield return (mat, e, null);
        foreach (var t in Graph.AttributesOf(v).ProductTypes) yield return (t, -1, null);
    }

    /// <summary>A facility's sector: its own, else the sector of the materials it produces.</summary>
    public IEnumerable<string> SectorsOf(int v)
    {
        if (Graph.AttributesOf(v).Sector is { } s) return [s];
        return Outgoing(v, RelKind.Produces).Select(x => Graph.AttributesOf(x.Node).Sector).OfType<string>().Distinct();
    }
}
