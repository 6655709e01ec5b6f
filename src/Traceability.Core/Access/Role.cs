namespace Traceability.Core.Access;

/// <summary>What an API key may do.</summary>
public enum Role
{
    /// <summary>Read entities, traces, exposure, connections, reports.</summary>
    Investigator,
    /// <summary>Everything an investigator may, plus screening and match decisions.</summary>
    Analyst,
    /// <summary>Everything, plus imports and key management.</summary>
    Admin,
}
