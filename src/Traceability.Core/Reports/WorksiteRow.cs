using Traceability.Core.Graph;

namespace Traceability.Core.Reports;

/// <summary>A worksite (facility) or transporter upstream of the goods, as a compliance team reports it.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Label">Facility or Transporter.</param>
/// <param name="Name">Full name.</param>
/// <param name="Address">Address line.</param>
/// <param name="City">City.</param>
/// <param name="Country">ISO alpha-2 country (a transporter's flag state when it has no country).</param>
/// <param name="Type">Facility type, or transport mode.</param>
/// <param name="Parent">Parent company (ultimate owner through OWNS), or null when no owner is recorded.</param>
/// <param name="ProductTypes">Product types the worksite makes, as recorded.</param>
/// <param name="Supplies">Materials it produces and goods it supplies (SUPPLIES material), sorted.</param>
/// <param name="Workers">Workers: the node's own count, else the sum of the workforces recorded there; null when unknown.</param>
/// <param name="Tier">Fewest SUPPLIES hops from a product in scope.</param>
/// <param name="Products">Products in scope it is upstream of.</param>
/// <param name="Flags">Flag kinds on it (codes), in the order of DESIGN.md section 3.</param>
/// <param name="Evidence">Evidence on file for it.</param>
public sealed record WorksiteRow(NodeId Id, string Label, string Name, string? Address, string? City, string? Country, string? Type,
    ParentCompany? Parent, IReadOnlyList<string> ProductTypes, IReadOnlyList<string> Supplies, long? Workers, int Tier,
    IReadOnlyList<NodeId> Products, IReadOnlyList<string> Flags, EvidenceStatus Evidence);
