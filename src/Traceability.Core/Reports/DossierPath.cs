namespace Traceability.Core.Reports;

/// <summary>A flagged path, product first.</summary>
/// <param name="Steps">Nodes from the product upstream.</param>
/// <param name="End">origin, untraced, cycle or cut.</param>
/// <param name="Flags">Flag codes on the path.</param>
public sealed record DossierPath(IReadOnlyList<PathStep> Steps, string End, IReadOnlyList<string> Flags);
