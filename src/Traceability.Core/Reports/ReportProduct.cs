using Traceability.Core.Graph;

namespace Traceability.Core.Reports;

/// <summary>A product a report covers.</summary>
/// <param name="Id">Product id.</param>
/// <param name="Name">Its name.</param>
/// <param name="HsCode">Its HS code, when recorded.</param>
/// <param name="Importers">Its importers of record.</param>
public sealed record ReportProduct(NodeId Id, string Name, string? HsCode, IReadOnlyList<NodeId> Importers);
