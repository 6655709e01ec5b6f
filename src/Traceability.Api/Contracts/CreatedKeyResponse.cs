namespace Traceability.Api.Contracts;

/// <summary>A new key: shown this once, stored only as a hash.</summary>
public sealed record CreatedKeyResponse(string Key, KeyContract Details);
