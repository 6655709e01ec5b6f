using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>One path, product first; <c>end</c> is origin, untraced, cycle or cut.</summary>
public sealed record PathContract(IReadOnlyList<string> Nodes, string End, IReadOnlyList<string> Flags)
{
    public static PathContract Map(TracePath p) =>
        new([.. p.Nodes.Select(n => n.Value)], p.End.ToString().ToLowerInvariant(), [.. p.Flags.Select(FlagKinds.Code)]);
}
