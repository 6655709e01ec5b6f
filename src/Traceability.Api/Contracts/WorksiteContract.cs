using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>A worksite or transporter upstream: full name, address, parent company, products made, workers, tier, flags, evidence.</summary>
public sealed record WorksiteContract(string Id, string Label, string Name, string? Address, string? City, string? Country, string? Type,
    ParentCompanyContract? Parent, IReadOnlyList<string> ProductTypes, IReadOnlyList<string> Supplies, long? Workers, int Tier,
    IReadOnlyList<string> Products, IReadOnlyList<string> Flags, EvidenceStatusContract Evidence)
{
    public static WorksiteContract Map(WorksiteRow r) => new(r.Id.Value, r.Label, r.Name, r.Address, r.City, r.Country, r.Type,
        ParentCompanyContract.Map(r.Parent), r.ProductTypes, r.Supplies, r.Workers, r.Tier, [.. r.Products.Select(p => p.Value)], r.Flags,
        EvidenceStatusContract.Map(r.Evidence));
}
