namespace Traceability.Core.Screening;

/// <summary>What re-screening the graph changed.</summary>
/// <param name="BecameMatched">Matches that are new or active again.</param>
/// <param name="StoppedMatching">Matches no longer produced (the entry left the list or changed).</param>
/// <param name="Unchanged">Matches produced again.</param>
public sealed record MatchSync(IReadOnlyList<MatchRecord> BecameMatched, IReadOnlyList<MatchRecord> StoppedMatching, int Unchanged);
