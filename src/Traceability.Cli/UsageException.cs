namespace Traceability.Cli;

/// <summary>The command line is wrong (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
