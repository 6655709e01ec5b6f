namespace Traceability.Storage.Backups;

/// <summary>A backup or restore could not be done; the message says why and what was left untouched.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
