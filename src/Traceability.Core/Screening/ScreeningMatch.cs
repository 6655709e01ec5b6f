namespace Traceability.Core.Screening;

/// <summary>A list entry that resembles the query, with the score and why.</summary>
/// <param name="Entry">The list entry.</param>
/// <param name="Score">Score in [0, 1].</param>
/// <param name="Threshold">Threshold it was judged against.</param>
/// <param name="QueryName">Which of the query's names matched best.</param>
/// <param name="MatchedName">Which of the entry's names matched best.</param>
/// <param name="Features">Per-feature explanation.</param>
public sealed record ScreeningMatch(ListEntry Entry, double Score, double Threshold, string QueryName, string MatchedName, IReadOnlyList<FeatureScore> Features)
{
    /// <summary>True when the score reaches the threshold.</summary>
    public bool Above => Score >= Threshold;
}
