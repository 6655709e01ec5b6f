using Traceability.Core.Graph;

namespace Traceability.Core.Ownership;

/// <summary>A blocked owner's direct stake in an entity.</summary>
/// <param name="Owner">The blocked owner.</param>
/// <param name="Percent">Its stake, or null when undisclosed.</param>
public sealed record OwnershipStake(NodeId Owner, double? Percent);
