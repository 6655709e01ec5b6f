using Traceability.Core.Storage;

namespace Traceability.Storage.Backups;

/// <summary>A backup restored and verified.</summary>
/// <param name="File">The backup file.</param>
/// <param name="Store">The store restored into.</param>
/// <param name="Replaced">True when the store held data before (restore with --force).</param>
/// <param name="Seconds">Time taken.</param>
/// <param name="Digest">Graph digest (with provenance) of the restored store.</param>
/// <param name="Counts">Node and relationship counts of the restored store.</param>
/// <param name="Integrity">The integrity check of the restored store.</param>
public sealed record RestoreReport(string File, string Store, bool Replaced, double Seconds, string Digest, GraphCounts Counts, IntegrityReport Integrity);
