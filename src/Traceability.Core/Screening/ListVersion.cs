namespace Traceability.Core.Screening;

/// <summary>One imported version of a list.</summary>
/// <param name="Id">Import id.</param>
/// <param name="List">List key.</param>
/// <param name="Format">Format read.</param>
/// <param name="PublicationDate">Publication date the file states, if any.</param>
/// <param name="Sha256">SHA-256 of the file contents.</param>
/// <param name="ImportedAt">When (UTC).</param>
/// <param name="Actor">Who imported it.</param>
/// <param name="Entries">Entries in this version.</param>
/// <param name="Files">Files read.</param>
public sealed record ListVersion(long Id, string List, string Format, string? PublicationDate, string Sha256, DateTimeOffset ImportedAt,
    string Actor, int Entries, IReadOnlyList<string> Files)
{
    /// <summary>
    /// The current version of each list, as results name them: <c>OFAC-SDN#3, UFLPA#5</c>; empty when none.
    /// <paramref name="versions"/> come newest first, as <see cref="IListStore.ListVersionsAsync"/> returns them.
    /// </summary>
    public static string Label(IEnumerable<ListVersion> versions) =>
        string.Join(", ", versions.GroupBy(v => v.List).Select(g => $"{g.Key}#{g.First().Id}"));
}
