using Traceability.Core.Evidence;

namespace Traceability.Api.Contracts;

/// <summary>An evidence item on file.</summary>
public sealed record EvidenceItemContract(long Id, string Node, string Kind, string Title, DateOnly? Date, string? Issuer, string? File, string? Url,
    string? Sha256, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static EvidenceItemContract Map(EvidenceItem e) => new(e.Id, e.Node.Value, e.Kind, e.Title, e.Date, e.Issuer, e.File, e.Url, e.Sha256, e.RecordedBy, e.RecordedAt);
}
