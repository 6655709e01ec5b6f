using Traceability.Core.Storage;

namespace Traceability.Storage.Backups;

/// <summary>A backup written.</summary>
/// <param name="File">The backup file.</param>
/// <param name="Store">The store it was taken from.</param>
/// <param name="Method">How: the SQLite online backup API or pg_dump.</param>
/// <param name="Bytes">Size of the file.</param>
/// <param name="Seconds">Time taken.</param>
/// <param name="Digest">Graph digest (with provenance) of what the file holds, when it was computed (SQLite).</param>
/// <param name="Counts">Node and relationship counts of what the file holds (SQLite).</param>
/// <param name="Integrity">The integrity check of the copy (SQLite).</param>
public sealed record BackupReport(string File, string Store, string Method, long Bytes, double Seconds, string? Digest, GraphCounts? Counts,
    IntegrityReport? Integrity);
