using Traceability.Core.Graph;

namespace Traceability.Core.Reports;

/// <summary>A node on a listed path.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Label">Its label.</param>
/// <param name="Flags">Flag codes on it.</param>
public sealed record PathStep(NodeId Id, string Name, string Label, IReadOnlyList<string> Flags);
