using System.Numerics;
using Traceability.Core.Tracing;

namespace Traceability.Api.Contracts;

/// <summary>An origin or an untraced end of a trace.</summary>
public sealed record TraceNodeContract(string Id, string Name, string Label, int Tier, string? Country, string? Type, BigInteger PathsThrough, bool PathsThroughExact)
{
    public static TraceNodeContract Map(TraceNode n) =>
        new(n.Id.Value, n.Name, n.Label, n.Tier, n.Country, n.FacilityType, n.PathsThrough.Value, n.PathsThrough.Exact);
}
