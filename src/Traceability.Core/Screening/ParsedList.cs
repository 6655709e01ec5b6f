namespace Traceability.Core.Screening;

/// <summary>A list file (or file set) read into entries, before it is stored.</summary>
/// <param name="List">List key, e.g. <c>OFAC-SDN</c>.</param>
/// <param name="Format">Format read: <c>ofac-csv</c>, <c>ofac-xml</c>, <c>ofac-advanced-xml</c>, <c>ftm</c>, <c>uflpa</c>, <c>cbp-wro</c>.</param>
/// <param name="PublicationDate">Publication date the file states, when it states one (yyyy-MM-dd).</param>
/// <param name="Sha256">SHA-256 of the file contents (of all files in order, for a set), lower-case hex.</param>
/// <param name="Files">File names read.</param>
/// <param name="Entries">The entries, in the file's order.</param>
public sealed record ParsedList(string List, string Format, string? PublicationDate, string Sha256, IReadOnlyList<string> Files, IReadOnlyList<ListEntry> Entries);
