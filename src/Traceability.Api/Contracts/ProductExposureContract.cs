using System.Numerics;
using Traceability.Api.Contracts;
using Traceability.Core.Exposure;
using Traceability.Core.Rules;

namespace Traceability.Api.Contracts;

/// <summary>Exposure of one product.</summary>
public sealed record ProductExposureContract(string Product, string Name, bool Presumption, string? MaxSeverity,
    IReadOnlyList<string> Kinds, BigInteger PathCount, bool PathCountExact, IReadOnlyList<string> Importers)
{
    public static ProductExposureContract Map(ProductExposure p) => new(p.Product.Value, p.Name, p.Presumption,
        p.MaxSeverity is { } s ? FlagContract.SeverityName(s) : null, [.. p.Kinds.Select(FlagKinds.Code)],
        p.Paths.Value, p.Paths.Exact, [.. p.Importers.Select(i => i.Value)]);
}
