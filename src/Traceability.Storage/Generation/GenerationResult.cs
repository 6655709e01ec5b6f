namespace Traceability.Storage.Generation;

/// <summary>What a generator run wrote: counts per label and relationship type (ordered by name) and the files.</summary>
public sealed record GenerationResult(
    int Seed,
    int Products,
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> RelationshipsByType,
    IReadOnlyList<string> Files)
{
    public long Nodes => NodesByLabel.Values.Sum();

    public long Relationships => RelationshipsByType.Values.Sum();
}
