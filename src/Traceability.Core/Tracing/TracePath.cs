using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Tracing;

/// <summary>One path from the root upstream, product first.</summary>
/// <param name="Nodes">Node ids from the root to the last supplier.</param>
/// <param name="End">Why the path ends there.</param>
/// <param name="Flags">Flag kinds on nodes of the path.</param>
public sealed record TracePath(IReadOnlyList<NodeId> Nodes, PathEnd End, IReadOnlyList<FlagKind> Flags);
