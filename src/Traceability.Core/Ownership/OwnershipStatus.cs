using System.Globalization;
using Traceability.Core.Graph;

namespace Traceability.Core.Ownership;

/// <summary>The 50 Percent Rule's verdict on one entity, with the arithmetic.</summary>
/// <param name="Node">The entity.</param>
/// <param name="Reason">Why it is blocked, or None.</param>
/// <param name="BlockedPercent">Aggregate stake of blocked owners (disclosed stakes only).</param>
/// <param name="Stakes">Direct stakes of blocked owners, in id order.</param>
/// <param name="Entries">List entries when listed or outright.</param>
public sealed record OwnershipStatus(NodeId Node, BlockReason Reason, double BlockedPercent, IReadOnlyList<OwnershipStake> Stakes, IReadOnlyList<string> Entries)
{
    /// <summary>True when blocked for any reason.</summary>
    public bool Blocked => Reason != BlockReason.None;

    /// <summary>True when a blocked owner's stake is undisclosed.</summary>
    public bool HasUndisclosedStake => Stakes.Any(s => s.Percent is null);

    /// <summary>The sum written out: "A 10% + B 40% = 50%".</summary>
    public string Arithmetic(Func<NodeId, string> name)
    {
        var parts = Stakes.Where(s => s.Percent is not null).Select(s => $"{name(s.Owner)} {Pct(s.Percent!.Value)}").ToList();
        var sum = $"{string.Join(" + ", parts)} = {Pct(BlockedPercent)}";
        var undisclosed = Stakes.Where(s => s.Percent is null).Select(s => name(s.Owner)).ToList();
        return undisclosed.Count == 0 ? sum : $"{sum}, plus undisclosed stakes of {string.Join(", ", undisclosed)}";
    }

    /// <summary>A percentage as written in explanations.</summary>
    public static string Pct(double p) => p.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
