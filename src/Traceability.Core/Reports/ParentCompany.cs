using Traceability.Core.Graph;

namespace Traceability.Core.Reports;

/// <summary>The ultimate owner of a worksite and the chain of largest stakes that leads to it.</summary>
/// <param name="Id">The ultimate owner.</param>
/// <param name="Name">Its name.</param>
/// <param name="Label">Company or Person.</param>
/// <param name="Chain">Hops from the worksite's direct owner up to the ultimate owner.</param>
/// <param name="CycleCut">True when the walk stopped because the next owner was already on the chain (circular ownership).</param>
public sealed record ParentCompany(NodeId Id, string Name, string Label, IReadOnlyList<OwnershipHop> Chain, bool CycleCut);
