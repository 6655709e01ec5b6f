using Traceability.Core.Graph;

namespace Traceability.Core.Rules;

/// <summary>A finding on a supply-path node, explaining itself.</summary>
/// <param name="Kind">What kind of finding.</param>
/// <param name="Rule">Stable id of the rule that fired.</param>
/// <param name="Basis">Legal basis or source list.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Node">The supply-path node the flag is attached to.</param>
/// <param name="Explanation">Plain-language reason, with the arithmetic where there is some.</param>
/// <param name="Chain">Relationships that justify it, from the context node to <paramref name="Node"/>.</param>
/// <param name="Source">The node the finding originates at, when it is a context node (owner, workforce, recruiter).</param>
public sealed record Flag(FlagKind Kind, string Rule, string Basis, Severity Severity, NodeId Node, string Explanation,
    IReadOnlyList<ChainLink> Chain, NodeId? Source = null)
{
    /// <summary>The kind's output code.</summary>
    public string Code => FlagKinds.Code(Kind);
}
