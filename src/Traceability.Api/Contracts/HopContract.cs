using Traceability.Core.Connections;

namespace Traceability.Api.Contracts;

/// <summary>One hop; each relationship says its type and whether it points from <c>from</c> to <c>to</c>.</summary>
public sealed record HopContract(string From, string FromName, string To, string ToName, IReadOnlyList<HopRelationContract> Relationships)
{
    public static HopContract Map(Hop h) => new(h.From.Value, h.FromName, h.To.Value, h.ToName,
        [.. h.Relations.Select(r => new HopRelationContract(r.Type, r.Forward ? "out" : "in", r.Detail))]);
}
