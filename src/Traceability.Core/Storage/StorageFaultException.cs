namespace Traceability.Core.Storage;

/// <summary>
/// The store failed for a reason outside the program (disk full, read-only, no write permission, damaged file); the
/// transaction that met it was rolled back. The message names the cause and the store.
/// </summary>
/// <param name="fault">The cause.</param>
/// <param name="message">What happened, where, and what to do.</param>
/// <param name="inner">The database driver's exception.</param>
public sealed class StorageFaultException(StorageFault fault, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The cause.</summary>
    public StorageFault Fault { get; } = fault;
}
