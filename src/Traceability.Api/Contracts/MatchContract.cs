using Traceability.Core.Screening;

namespace Traceability.Api.Contracts;

/// <summary>A stored match between a graph node and a list entry, and the analyst's decision.</summary>
public sealed record MatchContract(long Id, string Node, string NodeName, string Entry, string EntryName, string MatchedName, bool Blocking,
    double Score, bool Active, string Status, bool Fires, string? Note, string? DecidedBy, DateTimeOffset? DecidedAt,
    DateTimeOffset FirstSeen, DateTimeOffset LastSeen, IReadOnlyList<FeatureScoreContract> Features)
{
    public static MatchContract Map(MatchRecord m) => new(m.Id, m.Node.Value, m.NodeName, m.Entry, m.EntryName, m.MatchedName, m.Blocking,
        m.Score, m.Active, m.Status.ToString().ToLowerInvariant(), m.Fires, m.Note, m.DecidedBy, m.DecidedAt, m.FirstSeen, m.LastSeen,
        [.. m.Features.Select(FeatureScoreContract.Map)]);
}
