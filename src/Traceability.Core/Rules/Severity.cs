namespace Traceability.Core.Rules;

/// <summary>How serious a flag is; higher is worse.</summary>
public enum Severity
{
    /// <summary>Information gap (untraced).</summary>
    Low = 1,
    /// <summary>Risk indicator (DOL list, host country).</summary>
    Medium = 2,
    /// <summary>Legal exposure outside 321(b) (transport, caution links).</summary>
    High = 3,
    /// <summary>Presumption of forced labor or blocked party.</summary>
    Critical = 4,
}
