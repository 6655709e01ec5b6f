using Traceability.Core.Audit;

namespace Traceability.Core.Access;

/// <summary>Where API keys are kept, hashed.</summary>
public interface IKeyStore
{
    /// <summary>Stores a new key's hash, with its audit record in the same transaction.</summary>
    Task<ApiKeyRecord> AddKeyAsync(string id, string hash, string name, Role role, string createdBy, AuditEvent audit, CancellationToken cancellationToken);

    /// <summary>The key with this id and its stored hash, or null.</summary>
    Task<(ApiKeyRecord Key, string Hash)?> FindKeyAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every key, newest first.</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListKeysAsync(CancellationToken cancellationToken);

    /// <summary>Revokes a key, with its audit record in the same transaction.</summary>
    /// <exception cref="NotFoundException">No such key.</exception>
    Task<ApiKeyRecord> RevokeKeyAsync(string id, AuditEvent audit, CancellationToken cancellationToken);
}
