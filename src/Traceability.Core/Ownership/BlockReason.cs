namespace Traceability.Core.Ownership;

/// <summary>Why an entity is blocked.</summary>
public enum BlockReason
{
    /// <summary>Not blocked.</summary>
    None,
    /// <summary>On a sanctions list (or matched to an entry).</summary>
    Listed,
    /// <summary>Blocked outright by regulation (Government of North Korea, Workers' Party of Korea).</summary>
    Outright,
    /// <summary>Owned 50% or more in the aggregate by blocked persons.</summary>
    Ownership,
}
