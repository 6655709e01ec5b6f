using System.Globalization;
using Traceability.Core.Evidence;
using Traceability.Core.Ownership;
using Traceability.Core.Reports;

namespace Traceability.Storage.Reports;

/// <summary>How report values are written as text, the same in CSV and HTML.</summary>
public static class ReportText
{
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items) => string.Join("; ", items);

    /// <summary>"Name (id)", or empty.</summary>
    public static string Parent(ParentCompany? p) => p is null ? "" : $"{p.Name} ({p.Id})";

    /// <summary>The chain upward: "co-a 100% > co-b 70% > per-c 100%", with a note when circular ownership cut it.</summary>
    public static string Chain(ParentCompany? p) => p is null ? "" :
        string.Join(" > ", p.Chain.Select(h => $"{h.Owner} {(h.Percent is { } pct ? OwnershipStatus.Pct(pct) : "undisclosed")}"))
        + (p.CycleCut ? " (circular ownership: stopped)" : "");

    /// <summary>Kinds as their FAQ numbers, e.g. "2, 6, 7".</summary>
    public static string KindNumbers(IEnumerable<string> kinds) =>
        string.Join(", ", kinds.Select(k => EvidenceKinds.Get(k).Number.ToString(CultureInfo.InvariantCulture)));

    public static string Coverage(EvidenceStatus e) =>
        $"{e.RequiredCovered}/{EvidenceStatus.RequiredCount} required kinds present";

    public static string Header(ReportHeader h) =>
        $"{h.Scope}; graph version {h.SnapshotVersion}; lists {h.ListsVersion}; as of {Date(h.AsOf)}; stale after {h.StaleDays} days";
}
