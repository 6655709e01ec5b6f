using Traceability.Core.Connections;

namespace Traceability.Api.Contracts;

/// <summary>The k shortest connections between two entities.</summary>
public sealed record ConnectionResponse(string From, string To, long SnapshotVersion, int? Distance, bool Truncated, IReadOnlyList<ConnectionContract> Connections)
{
    public static ConnectionResponse Map(ConnectionResult r) =>
        new(r.From.Value, r.To.Value, r.SnapshotVersion, r.Distance, r.Truncated, [.. r.Connections.Select(ConnectionContract.Map)]);
}
