using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>The CAATSA 321(b) verdict.</summary>
public sealed record PresumptionContract(bool Applies, IReadOnlyList<string> Kinds, IReadOnlyList<string> Nodes, string Reason)
{
    public static PresumptionContract Map(Presumption p) =>
        new(p.Applies, [.. p.Kinds.Select(FlagKinds.Code)], [.. p.Nodes.Select(n => n.Value)], p.Reason);
}
