using Traceability.Core.Graph;

namespace Traceability.Core.Storage;

/// <summary>
/// Where the graph lives (a SQLite file or a PostgreSQL database). Stores keep data and provenance;
/// they never implement graph algorithms.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Where the store is, for messages (never a password).</summary>
    string Location { get; }

    /// <summary>
    /// Validates the batch against the schema and the stored graph, then stores it in one transaction:
    /// new ids are inserted, changed ones updated in place, equal ones left alone.
    /// </summary>
    /// <exception cref="ImportFailedException">The batch is invalid; nothing was stored.</exception>
    Task<ImportReport> ImportAsync(GraphBatch batch, ImportOptions options, CancellationToken cancellationToken);

    /// <summary>A counter that grows whenever the graph changes; snapshots are tagged with it.</summary>
    Task<long> GetGraphVersionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The graph version and, where the store keeps lists, the screening version (which moves on every list save or match
    /// decision), read together: a request checks whether its snapshot and flags are current with one round trip.
    /// </summary>
    async Task<StoreVersions> GetVersionsAsync(CancellationToken cancellationToken) => new(await GetGraphVersionAsync(cancellationToken), null);

    /// <summary>Every node, ordered by id.</summary>
    IAsyncEnumerable<StoredNode> ReadNodesAsync(CancellationToken cancellationToken);

    /// <summary>Every relationship, ordered by start id, type, end id.</summary>
    IAsyncEnumerable<StoredEdge> ReadEdgesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reads every node, then every relationship, in one consistent read (no import in between) and returns the
    /// graph version they belong to. Used to build snapshots.
    /// </summary>
    Task<long> ReadGraphAsync(Action<GraphNode> onNode, Action<GraphEdge> onEdge, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="ReadGraphAsync"/>, but hands over stored rows without building typed nodes and relationships.
    /// Stores override it with a direct scan; this default goes through <see cref="ReadGraphAsync"/>.
    /// </summary>
    async Task<long> ReadRowsAsync(IGraphSink sink, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        return await ReadGraphAsync(
            n => { keys[n.Id.Value] = keys.Count; sink.Node(keys.Count - 1, n.Id.Value, n.Label, n.Properties.ToJson()); },
            e => sink.Edge(keys[e.Start.Value], e.Type, keys[e.End.Value], e.Properties.ToJson()), cancellationToken);
    }

    /// <summary>One node with its provenance, or null.</summary>
    Task<StoredNode?> GetNodeAsync(NodeId id, CancellationToken cancellationToken);

    /// <summary>Node counts per label and relationship counts per type.</summary>
    Task<GraphCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Import records, newest first.</summary>
    Task<IReadOnlyList<ImportRecord>> ListImportsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Checks the database's own consistency (SQLite: <c>PRAGMA integrity_check</c> and <c>foreign_key_check</c>), that no
    /// relationship dangles or breaks graph-schema's rules, that every row belongs to a recorded import, that the graph
    /// version matches the import log, and that the audit trail verifies. Reads only.
    /// </summary>
    Task<IntegrityReport> CheckIntegrityAsync(CancellationToken cancellationToken);
}
