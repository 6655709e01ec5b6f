namespace Traceability.Core.Graph;

/// <summary>Where a node or relationship was read from: file and 1-based line.</summary>
/// <param name="File">File name as given to the importer.</param>
/// <param name="Line">1-based line number of the row (its first line when quoted fields span lines).</param>
public readonly record struct SourceRef(string File, long Line)
{
    /// <summary><c>file:line</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}
