namespace Traceability.Core.Graph;

/// <summary>What an import did.</summary>
/// <param name="ImportId">Id of the import record.</param>
/// <param name="GraphVersion">Graph version after the import (unchanged when nothing changed).</param>
/// <param name="Nodes">Node counts.</param>
/// <param name="Relationships">Relationship counts.</param>
public sealed record ImportReport(long ImportId, long GraphVersion, ChangeCounts Nodes, ChangeCounts Relationships)
{
    /// <summary>True when the import changed nothing.</summary>
    public bool Unchanged => Nodes.Inserted + Nodes.Updated + Relationships.Inserted + Relationships.Updated == 0;
}

/// <summary>Inserted, updated and unchanged counts.</summary>
/// <param name="Inserted">New rows.</param>
/// <param name="Updated">Existing rows whose label or properties changed.</param>
/// <param name="Unchanged">Existing rows left as they were.</param>
public sealed record ChangeCounts(long Inserted, long Updated, long Unchanged);
