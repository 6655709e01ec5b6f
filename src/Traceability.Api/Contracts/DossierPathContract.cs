using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>A flagged path, product first; end is origin, untraced, cycle or cut.</summary>
public sealed record DossierPathContract(IReadOnlyList<PathStepContract> Steps, string End, IReadOnlyList<string> Flags)
{
    public static DossierPathContract Map(DossierPath p) => new([.. p.Steps.Select(PathStepContract.Map)], p.End, p.Flags);
}
