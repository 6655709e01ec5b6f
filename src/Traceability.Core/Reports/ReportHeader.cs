namespace Traceability.Core.Reports;

/// <summary>What a report was computed from and as of when.</summary>
/// <param name="Title">Report title.</param>
/// <param name="Scope">The goods covered.</param>
/// <param name="ScopeName">Name of the importer or product in scope ("all products" for all).</param>
/// <param name="Products">The products covered, by id.</param>
/// <param name="SnapshotVersion">Graph version.</param>
/// <param name="ListsVersion">Reference lists and sanction seeds used.</param>
/// <param name="AsOf">The report's date.</param>
/// <param name="StaleDays">Age after which evidence is stale.</param>
public sealed record ReportHeader(string Title, ReportScope Scope, string ScopeName, IReadOnlyList<ReportProduct> Products, long SnapshotVersion,
    string ListsVersion, DateOnly AsOf, int StaleDays);
