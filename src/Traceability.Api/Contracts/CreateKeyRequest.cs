namespace Traceability.Api.Contracts;

/// <summary>Create an API key.</summary>
/// <param name="Name">Label: who or what uses it.</param>
/// <param name="Role">investigator, analyst or admin.</param>
public sealed record CreateKeyRequest(string Name, string Role);
