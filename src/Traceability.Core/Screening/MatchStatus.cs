namespace Traceability.Core.Screening;

/// <summary>An analyst's decision on a match.</summary>
public enum MatchStatus
{
    /// <summary>Above the threshold, not yet decided: counts as a hit until rejected.</summary>
    Pending,
    /// <summary>An analyst confirmed it is the listed party.</summary>
    Confirmed,
    /// <summary>An analyst rejected it: it stops firing.</summary>
    Rejected,
}
