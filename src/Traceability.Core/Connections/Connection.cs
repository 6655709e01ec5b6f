namespace Traceability.Core.Connections;

/// <summary>One path between two entities.</summary>
/// <param name="Hops">The steps in order.</param>
public sealed record Connection(IReadOnlyList<Hop> Hops)
{
    /// <summary>Number of steps.</summary>
    public int Length => Hops.Count;
}
