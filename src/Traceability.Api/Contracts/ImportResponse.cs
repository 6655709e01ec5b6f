using Traceability.Core.Graph;

namespace Traceability.Api.Contracts;

/// <summary>What a graph import changed, and what screening found afterwards.</summary>
public sealed record ImportResponse(long ImportId, long GraphVersion, ChangeCountsContract Nodes, ChangeCountsContract Relationships, bool Unchanged,
    IReadOnlyList<MatchContract> BecameMatched, IReadOnlyList<MatchContract> StoppedMatching)
{
    public static ImportResponse Map(ImportReport r, Core.Screening.MatchSync? sync) => new(r.ImportId, r.GraphVersion,
        ChangeCountsContract.Map(r.Nodes), ChangeCountsContract.Map(r.Relationships), r.Unchanged,
        [.. (sync?.BecameMatched ?? []).Select(MatchContract.Map)], [.. (sync?.StoppedMatching ?? []).Select(MatchContract.Map)]);
}
