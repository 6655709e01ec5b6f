using Traceability.Core.Connections;

namespace Traceability.Api.Contracts;

/// <summary>One connection: its hops in order.</summary>
public sealed record ConnectionContract(int Length, IReadOnlyList<HopContract> Hops)
{
    public static ConnectionContract Map(Connection c) => new(c.Length, [.. c.Hops.Select(HopContract.Map)]);
}
