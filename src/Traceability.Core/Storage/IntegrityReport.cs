namespace Traceability.Core.Storage;

/// <summary>The result of checking a store: the database's own consistency, the graph's and the audit trail's.</summary>
/// <param name="Store">Where the store is (<see cref="IGraphStore.Location"/>).</param>
/// <param name="Checks">Every check run, in order.</param>
public sealed record IntegrityReport(string Store, IReadOnlyList<IntegrityCheck> Checks)
{
    /// <summary>True when every check passed.</summary>
    public bool Intact => Checks.All(c => c.Passed);
}
