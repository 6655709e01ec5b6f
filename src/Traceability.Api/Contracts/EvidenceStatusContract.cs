using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>Evidence kinds present (fresh), stale and missing for a worksite at the as-of date.</summary>
public sealed record EvidenceStatusContract(IReadOnlyList<string> Present, IReadOnlyList<string> Stale, IReadOnlyList<string> Missing, bool Complete,
    int RequiredCovered, int RequiredKinds, IReadOnlyList<AppliedEvidenceContract> Items)
{
    public static EvidenceStatusContract Map(EvidenceStatus e) => new(e.Present, e.Stale, e.Missing, e.Complete, e.RequiredCovered, EvidenceStatus.RequiredCount,
        [.. e.Items.Select(AppliedEvidenceContract.Map)]);
}
