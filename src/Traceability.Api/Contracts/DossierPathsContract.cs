using System.Numerics;
using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>The flagged paths listed, the number of all paths, and whether the list was cut (by limit, time, steps or depth).</summary>
public sealed record DossierPathsContract(IReadOnlyList<DossierPathContract> Listed, BigInteger AllPaths, bool AllPathsExact, bool Truncated, string? TruncatedBy)
{
    public static DossierPathsContract Map(DossierPaths p) => new([.. p.Listed.Select(DossierPathContract.Map)], p.AllPaths, p.AllPathsExact, p.Truncated, p.TruncatedBy);
}
