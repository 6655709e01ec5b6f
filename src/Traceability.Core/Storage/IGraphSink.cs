namespace Traceability.Core.Storage;

/// <summary>
/// Receives the graph as stored rows, the fast way to build a snapshot: the store's own integer keys instead of string
/// ids on relationships, and properties as canonical JSON for the reader to pick from. A store may read nodes and
/// relationships at once: <see cref="Node"/> and <see cref="Edge"/> can be called concurrently from two threads, each
/// kind from one thread at a time.
/// </summary>
public interface IGraphSink
{
    /// <summary>A node: the store's key for it, its id, label and properties (canonical JSON).</summary>
    void Node(long key, string id, string label, string properties);

    /// <summary>A relationship between two node keys, with its properties (canonical JSON).</summary>
    void Edge(long start, string type, long end, string properties);
}
