using Traceability.Core.Graph;

namespace Traceability.Core.Screening;

/// <summary>A stored match between a node and a list entry, with the analyst's decision.</summary>
/// <param name="Id">Match id.</param>
/// <param name="Node">The node.</param>
/// <param name="NodeName">Its name when matched.</param>
/// <param name="Entry">List entry reference (LIST:ID).</param>
/// <param name="EntryName">The entry's primary name.</param>
/// <param name="MatchedName">Which of its names matched.</param>
/// <param name="Blocking">True for a blocking list.</param>
/// <param name="Score">Latest score.</param>
/// <param name="Features">Latest per-feature explanation.</param>
/// <param name="Active">False when the latest screening no longer produces it (list entry removed or changed).</param>
/// <param name="Status">Pending, confirmed or rejected.</param>
/// <param name="Note">The analyst's note.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedAt">When (UTC).</param>
/// <param name="FirstSeen">When first matched (UTC).</param>
/// <param name="LastSeen">When last produced by screening (UTC).</param>
public sealed record MatchRecord(long Id, NodeId Node, string NodeName, string Entry, string EntryName, string MatchedName, bool Blocking,
    double Score, IReadOnlyList<FeatureScore> Features, bool Active, MatchStatus Status, string? Note, string? DecidedBy,
    DateTimeOffset? DecidedAt, DateTimeOffset FirstSeen, DateTimeOffset LastSeen)
{
    /// <summary>True when the match makes the node a sanctions seed: active and not rejected.</summary>
    public bool Fires => Active && Status != MatchStatus.Rejected;
}
