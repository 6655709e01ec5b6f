using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>Nodes at one tier of a trace.</summary>
public sealed record TierContract(int Tier, int Nodes, int Facilities, int Transporters, int Flagged)
{
    public static TierContract Map(TierSummary t) => new(t.Tier, t.Nodes, t.Facilities, t.Transporters, t.Flagged);
}
