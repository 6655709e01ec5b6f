namespace Traceability.Cli;

/// <summary>The command could not do its job for a reason the user can act on (exit code 1).</summary>
public sealed class DomainException(string message) : Exception(message);
