using Traceability.Core.Access;

namespace Traceability.Api.Contracts;

/// <summary>An API key as listed (never the key itself).</summary>
public sealed record KeyContract(string Id, string Name, string Role, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, bool Active)
{
    public static KeyContract Map(ApiKeyRecord k) => new(k.Id, k.Name, k.Role.ToString().ToLowerInvariant(), k.CreatedAt, k.CreatedBy, k.RevokedAt, k.Active);
}
