using System.Text.Json.Nodes;

namespace Traceability.Api.Contracts;

/// <summary>One entity: properties, provenance, flags (for supply-path nodes), screening matches, and relationship counts.</summary>
public sealed record EntityResponse(string Id, string Label, string Name, JsonObject Properties, ProvenanceContract Provenance,
    IReadOnlyList<NodeFlagContract> Flags, IReadOnlyList<MatchContract> Matches, IReadOnlyDictionary<string, int> Relationships,
    long SnapshotVersion, string ListsVersion);
