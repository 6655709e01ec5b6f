using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>The CAATSA 321(b) verdict: the nodes that raise it (the first ones; <c>nodeCount</c> counts them all).</summary>
public sealed record PresumptionContract(bool Applies, IReadOnlyList<string> Kinds, IReadOnlyList<string> Nodes, int NodeCount, string Reason)
{
    public static PresumptionContract Map(Presumption p, int listed = TraceResponse.MaxListed) =>
        new(p.Applies, [.. p.Kinds.Select(FlagKinds.Code)], [.. p.Nodes.Take(listed).Select(n => n.Value)], p.Nodes.Count, p.Reason);
}
