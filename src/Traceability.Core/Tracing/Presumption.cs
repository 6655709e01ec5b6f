using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Tracing;

/// <summary>The CAATSA 321(b) verdict of a trace.</summary>
/// <param name="Applies">True when the goods are presumptively barred.</param>
/// <param name="Kinds">The flag kinds that make it so (NK_LABOR, DPRK_LOCATION).</param>
/// <param name="Nodes">The nodes carrying them.</param>
/// <param name="Reason">The verdict in words.</param>
public sealed record Presumption(bool Applies, IReadOnlyList<FlagKind> Kinds, IReadOnlyList<NodeId> Nodes, string Reason);
