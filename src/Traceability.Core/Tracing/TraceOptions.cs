namespace Traceability.Core.Tracing;

/// <summary>Budgets of the path counter.</summary>
public sealed record TraceOptions
{
    /// <summary>States (node, visited set) the exact cycle count may explore before falling back to a lower bound.</summary>
    public long CycleStateBudget { get; init; } = 250_000;

    /// <summary>Defaults.</summary>
    public static TraceOptions Default { get; } = new();
}
