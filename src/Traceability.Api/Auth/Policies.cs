namespace Traceability.Api.Auth;

/// <summary>Authorization policies; every endpoint names one (or is explicitly anonymous).</summary>
public static class Policies
{
    /// <summary>Read entities, traces, exposure, connections, reports: investigators, analysts, admins.</summary>
    public const string Read = "read";

    /// <summary>Screen names and decide matches: analysts, admins.</summary>
    public const string Screen = "screen";

    /// <summary>Import data, manage keys, read the audit trail: admins.</summary>
    public const string Admin = "admin";
}
