using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Reports;

/// <summary>A flag as a dossier states it.</summary>
/// <param name="Kind">Flag code, e.g. NK_TRANSPORT.</param>
/// <param name="Rule">Rule id.</param>
/// <param name="Node">The supply-path node it is on.</param>
/// <param name="NodeName">Its name.</param>
/// <param name="Tier">Its tier in the product's trace.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Basis">Legal basis.</param>
/// <param name="Explanation">Why, in words.</param>
/// <param name="Source">The context node it comes from, if any.</param>
/// <param name="Chain">The relationships that justify it.</param>
public sealed record Finding(string Kind, string Rule, NodeId Node, string NodeName, int Tier, Severity Severity, string Basis, string Explanation,
    NodeId? Source, IReadOnlyList<ChainLink> Chain);
