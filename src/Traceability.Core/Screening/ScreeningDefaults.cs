namespace Traceability.Core.Screening;

/// <summary>Default screening settings.</summary>
public static class ScreeningDefaults
{
    /// <summary>Score from which a match is reported and becomes a sanctions seed until an analyst rejects it.</summary>
    public const double Threshold = 0.85;
}
