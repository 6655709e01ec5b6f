namespace Traceability.Core.Evidence;

/// <summary>An evidence item as typed or read from a CSV row, before it is checked.</summary>
/// <param name="Node">Node id.</param>
/// <param name="Kind">Evidence kind id.</param>
/// <param name="Title">Title.</param>
/// <param name="Date">Date as yyyy-MM-dd, or empty.</param>
/// <param name="Issuer">Issuer, or empty.</param>
/// <param name="File">File path, or empty.</param>
/// <param name="Url">URL, or empty.</param>
public sealed record EvidenceInput(string? Node, string? Kind, string? Title, string? Date, string? Issuer, string? File, string? Url);
