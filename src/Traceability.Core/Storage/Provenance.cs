namespace Traceability.Core.Storage;

/// <summary>Where a stored node or relationship came from.</summary>
/// <param name="SourceFile">File it was read from.</param>
/// <param name="SourceLine">Line in that file.</param>
/// <param name="ImportId">Import that last wrote it.</param>
/// <param name="AsOf">Date the source describes (its asOf property, else the import's as-of date).</param>
public sealed record Provenance(string SourceFile, long SourceLine, long ImportId, DateOnly AsOf);
