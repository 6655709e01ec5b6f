using Traceability.Core.Evidence;

namespace Traceability.Core.Reports;

/// <summary>Which evidence kinds a worksite has on file at the as-of date.</summary>
/// <param name="Present">Kinds with at least one fresh item.</param>
/// <param name="Stale">Kinds whose items are all stale (older than the stale age, or undated).</param>
/// <param name="Missing">Kinds with no item.</param>
/// <param name="Items">The items that count, by kind order then id.</param>
public sealed record EvidenceStatus(IReadOnlyList<string> Present, IReadOnlyList<string> Stale, IReadOnlyList<string> Missing, IReadOnlyList<AppliedEvidence> Items)
{
    /// <summary>True when every required kind is present and fresh.</summary>
    public bool Complete => EvidenceKinds.All.Where(k => k.Required).All(k => Present.Contains(k.Id));

    /// <summary>Required kinds that are present.</summary>
    public int RequiredCovered => EvidenceKinds.All.Count(k => k.Required && Present.Contains(k.Id));

    /// <summary>Number of required kinds.</summary>
    public static int RequiredCount { get; } = EvidenceKinds.All.Count(k => k.Required);
}
