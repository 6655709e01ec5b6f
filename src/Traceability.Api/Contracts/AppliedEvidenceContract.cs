using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>An evidence item that counts for a worksite: what, and through which node (relation: worksite, workforce, owner, operator, product, importer).</summary>
public sealed record AppliedEvidenceContract(long Id, string Kind, string Title, DateOnly? Date, string? Issuer, string? File, string? Url, string? Sha256,
    string Via, string Relation, bool Fresh)
{
    public static AppliedEvidenceContract Map(AppliedEvidence a) => new(a.Item.Id, a.Item.Kind, a.Item.Title, a.Item.Date, a.Item.Issuer, a.Item.File, a.Item.Url,
        a.Item.Sha256, a.Via.Value, a.Relation, a.Fresh);
}
