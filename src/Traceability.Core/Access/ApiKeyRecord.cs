namespace Traceability.Core.Access;

/// <summary>A stored API key (only its hash is kept).</summary>
/// <param name="Id">Public key id, part of the key text.</param>
/// <param name="Name">Label given at creation.</param>
/// <param name="Role">What it may do.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="RevokedAt">When revoked (UTC), or null.</param>
public sealed record ApiKeyRecord(string Id, string Name, Role Role, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt)
{
    /// <summary>True until revoked.</summary>
    public bool Active => RevokedAt is null;
}
