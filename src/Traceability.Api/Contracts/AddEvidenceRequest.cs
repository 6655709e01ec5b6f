namespace Traceability.Api.Contracts;

/// <summary>
/// An evidence item to record: node, kind and title required; date as yyyy-MM-dd; a URL where it is published. Documents
/// with a file go through POST /api/evidence/import, which hashes the uploaded file.
/// </summary>
public sealed record AddEvidenceRequest(string? Node, string? Kind, string? Title, string? Date, string? Issuer, string? Url);
