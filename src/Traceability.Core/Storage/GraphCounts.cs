namespace Traceability.Core.Storage;

/// <summary>Counts of the stored graph.</summary>
/// <param name="GraphVersion">Current graph version.</param>
/// <param name="NodesByLabel">Node count per label (labels without nodes omitted), ordered by label.</param>
/// <param name="RelationshipsByType">Relationship count per type, ordered by type.</param>
public sealed record GraphCounts(long GraphVersion, IReadOnlyDictionary<string, long> NodesByLabel, IReadOnlyDictionary<string, long> RelationshipsByType)
{
    /// <summary>All nodes.</summary>
    public long Nodes => NodesByLabel.Values.Sum();

    /// <summary>All relationships.</summary>
    public long Relationships => RelationshipsByType.Values.Sum();
}
