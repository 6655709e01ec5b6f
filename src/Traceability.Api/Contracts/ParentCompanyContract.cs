using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>The ultimate owner through OWNS (largest stake at each step) and the chain to it.</summary>
public sealed record ParentCompanyContract(string Id, string Name, string Label, IReadOnlyList<OwnershipHopContract> Chain, bool CycleCut)
{
    public static ParentCompanyContract? Map(ParentCompany? p) =>
        p is null ? null : new(p.Id.Value, p.Name, p.Label, [.. p.Chain.Select(OwnershipHopContract.Map)], p.CycleCut);
}
