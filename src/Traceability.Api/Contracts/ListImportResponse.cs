using Traceability.Core.Screening;

namespace Traceability.Api.Contracts;

/// <summary>A list import: the version stored (or found), and which graph nodes became matched or stopped matching.</summary>
public sealed record ListImportResponse(ListVersionContract Version, bool Added, IReadOnlyList<MatchContract> BecameMatched,
    IReadOnlyList<MatchContract> StoppedMatching, int UnchangedMatches)
{
    public static ListImportResponse Map(ListVersion v, bool added, MatchSync? sync) => new(ListVersionContract.Map(v), added,
        [.. (sync?.BecameMatched ?? []).Select(MatchContract.Map)], [.. (sync?.StoppedMatching ?? []).Select(MatchContract.Map)], sync?.Unchanged ?? 0);
}
