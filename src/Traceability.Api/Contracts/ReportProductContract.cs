using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>A product a report covers.</summary>
public sealed record ReportProductContract(string Id, string Name, string? HsCode, IReadOnlyList<string> Importers)
{
    public static ReportProductContract Map(ReportProduct p) => new(p.Id.Value, p.Name, p.HsCode, [.. p.Importers.Select(i => i.Value)]);
}
