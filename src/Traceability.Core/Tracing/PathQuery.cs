using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Tracing;

/// <summary>Which paths to list and how much work to spend.</summary>
public sealed record PathQuery
{
    /// <summary>Paths per page (at least 0).</summary>
    public int Limit { get; init; } = 20;

    /// <summary>Cursor from the previous page, or null for the first.</summary>
    public string? Cursor { get; init; }

    /// <summary>Only paths through a flagged node.</summary>
    public bool OnlyFlagged { get; init; }

    /// <summary>Only paths through a node with this flag kind.</summary>
    public FlagKind? Kind { get; init; }

    /// <summary>Only paths through this node.</summary>
    public NodeId? Through { get; init; }

    /// <summary>
    /// Longest path listed, in hops, whatever <see cref="MaxDepth"/> asks: a million-node chain must not put a million ids in every
    /// path of a page (nor a page of them in memory). Real supply chains are a few dozen tiers deep.
    /// </summary>
    public const int DepthCap = 1000;

    /// <summary>Depth budget: paths are cut after this many hops, at most <see cref="DepthCap"/> (the page is then marked truncated).</summary>
    public int? MaxDepth { get; init; }

    /// <summary>The depth paths are cut at: <see cref="MaxDepth"/> within <see cref="DepthCap"/>.</summary>
    public int EffectiveMaxDepth => Math.Min(MaxDepth ?? DepthCap, DepthCap);

    /// <summary>Time budget for finding the page.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Step budget for finding the page (search steps, not paths).</summary>
    public long StepBudget { get; init; } = 20_000_000;

    /// <summary>A stable text of the filters, to check that a cursor belongs to the same query.</summary>
    public string FilterKey => $"{OnlyFlagged}|{Kind}|{Through?.Value}|{MaxDepth}";
}
