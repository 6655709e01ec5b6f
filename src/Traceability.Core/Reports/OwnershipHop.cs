using Traceability.Core.Graph;

namespace Traceability.Core.Reports;

/// <summary>One step up an ownership chain.</summary>
/// <param name="Owner">The owner.</param>
/// <param name="OwnerName">Its name.</param>
/// <param name="OwnerLabel">Company or Person.</param>
/// <param name="Owned">What it owns.</param>
/// <param name="Percent">The stake, or null when undisclosed.</param>
public sealed record OwnershipHop(NodeId Owner, string OwnerName, string OwnerLabel, NodeId Owned, double? Percent);
