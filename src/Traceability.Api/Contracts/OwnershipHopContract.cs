using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>One step up an ownership chain: owner, what it owns, the stake (null when undisclosed).</summary>
public sealed record OwnershipHopContract(string Owner, string OwnerName, string OwnerLabel, string Owned, double? Percent)
{
    public static OwnershipHopContract Map(OwnershipHop h) => new(h.Owner.Value, h.OwnerName, h.OwnerLabel, h.Owned.Value, h.Percent);
}
