using Traceability.Core.Evidence;

namespace Traceability.Core.Reports;

/// <summary>The date a report is made as of, and when evidence counts as stale.</summary>
/// <param name="AsOf">The report's date: evidence is aged against it, and items dated after it are not counted.</param>
/// <param name="StaleDays">Evidence older than this many days before <paramref name="AsOf"/> is stale.</param>
public sealed record ReportOptions(DateOnly AsOf, int StaleDays = ReportOptions.DefaultStaleDays)
{
    /// <summary>Default age after which evidence is stale.</summary>
    public const int DefaultStaleDays = 365;

    /// <summary>Most flagged paths a dossier lists.</summary>
    public int MaxPaths { get; init; } = 500;

    /// <summary>
    /// Most rows (worksites and transporters) a worksite report may hold; a wider scope is refused before any row is built.
    /// The API sets it (<c>Api:MaxReportRows</c>): a report of a million worksites is a gigabyte of memory per request.
    /// </summary>
    public int MaxRows { get; init; } = int.MaxValue;

    /// <summary>Time budget for listing a dossier's paths (a cut list says so).</summary>
    public TimeSpan PathTimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The oldest date at which evidence is still fresh.</summary>
    public DateOnly FreshFrom => AsOf.AddDays(-StaleDays);

    /// <summary>Options for <paramref name="asOf"/> (default: today in UTC by <paramref name="time"/>) and <paramref name="staleDays"/>.</summary>
    /// <exception cref="QueryException">The age is out of range.</exception>
    public static ReportOptions For(TimeProvider time, DateOnly? asOf, int? staleDays)
    {
        var days = staleDays ?? DefaultStaleDays;
        if (days is < 0 or > 36_500) throw new QueryException("staleDays", "must be between 0 and 36500");
        return new ReportOptions(asOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), days);
    }

    /// <summary>Whether an item is counted at all, and whether it is fresh.</summary>
    public (bool Counted, bool Fresh) Age(EvidenceItem item) => item.Date switch
    {
        null => (true, false),
        { } d when d > AsOf => (false, false),
        { } d => (true, d >= FreshFrom),
    };
}
