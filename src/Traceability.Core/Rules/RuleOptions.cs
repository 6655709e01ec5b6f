namespace Traceability.Core.Rules;

/// <summary>Settings of the rules.</summary>
public sealed record RuleOptions
{
    /// <summary>Aggregate blocked ownership (percent, below 50) from which a SANCTIONED_LINK caution is raised.</summary>
    public double CautionPercent { get; init; } = 10;

    /// <summary>Defaults.</summary>
    public static RuleOptions Default { get; } = new();
}
