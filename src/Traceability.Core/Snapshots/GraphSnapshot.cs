using Traceability.Core.Graph;

namespace Traceability.Core.Snapshots;

/// <summary>
/// An immutable in-memory copy of the graph at one graph version: nodes as int indexes in id order,
/// relationships as arrays, adjacency as compressed rows. Engines read it; nothing writes it after build.
/// </summary>
public sealed class GraphSnapshot
{
    internal GraphSnapshot(long version, string[] ids, string[] names, NodeKind[] kinds, NodeAttributes[] attributes,
        int[] edgeStart, int[] edgeEnd, RelKind[] edgeKinds, double[] edgePercent, string?[] edgeMaterial)
    {
        Version = version;
        _ids = ids;
        _names = names;
        _kinds = kinds;
        _attributes = attributes;
        EdgeStart = edgeStart;
        EdgeEnd = edgeEnd;
        EdgeKinds = edgeKinds;
        EdgePercent = edgePercent;
        EdgeMaterial = edgeMaterial;
        _index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) _index[ids[i]] = i;
        var n = ids.Length;
        Suppliers = Adjacency.Build(n, edgeEnd, edgeStart, e => edgeKinds[e] == RelKind.Supplies);
        Buyers = Adjacency.Build(n, edgeStart, edgeEnd, e => edgeKinds[e] == RelKind.Supplies);
        Out = Adjacency.Build(n, edgeStart, edgeEnd);
        In = Adjacency.Build(n, edgeEnd, edgeStart);
        IsOrigin = new bool[n];
        for (var v = 0; v < n; v++)
            IsOrigin[v] = kinds[v] == NodeKind.Facility && (IsExtraction(attributes[v].FacilityType) || Produces(v));
    }

    private readonly string[] _ids;
    private readonly string[] _names;
    private readonly NodeKind[] _kinds;
    private readonly NodeAttributes[] _attributes;
    private readonly Dictionary<string, int> _index;

    /// <summary>The graph version the snapshot was built from.</summary>
    public long Version { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _ids.Length;

    /// <summary>Number of relationships.</summary>
    public int EdgeCount => EdgeStart.Length;

    /// <summary>Start node of each relationship.</summary>
    public int[] EdgeStart { get; }

    /// <summary>End node of each relationship.</summary>
    public int[] EdgeEnd { get; }

    /// <summary>Type of each relationship.</summary>
    public RelKind[] EdgeKinds { get; }

    /// <summary>OWNS percent of each relationship (NaN when absent or not OWNS).</summary>
    public double[] EdgePercent { get; }

    /// <summary>SUPPLIES material of each relationship, or null.</summary>
    public string?[] EdgeMaterial { get; }

    /// <summary>For each node, the nodes that SUPPLY it (walked by tracing).</summary>
    public Adjacency Suppliers { get; }

    /// <summary>For each node, the nodes it SUPPLIES.</summary>
    public Adjacency Buyers { get; }

    /// <summary>Every outgoing relationship of each node, all types.</summary>
    public Adjacency Out { get; }

    /// <summary>Every incoming relationship of each node, all types.</summary>
    public Adjacency In { get; }

    /// <summary>True for origins: extraction facilities and facilities that PRODUCE a material.</summary>
    public bool[] IsOrigin { get; }

    /// <summary>Facility types that extract raw material.</summary>
    public static readonly IReadOnlySet<string> ExtractionTypes = new HashSet<string>(StringComparer.Ordinal) { "mine", "farm", "fishery", "logging", "plantation" };

    /// <summary>Facility types that move or store goods rather than make them.</summary>
    public static readonly IReadOnlySet<string> MovementTypes = new HashSet<string>(StringComparer.Ordinal) { "port", "warehouse", "logistics" };

    /// <summary>The id of node <paramref name="v"/>.</summary>
    public NodeId IdOf(int v) => new(_ids[v]);

    /// <summary>The name of node <paramref name="v"/>.</summary>
    public string NameOf(int v) => _names[v];

    /// <summary>The label of node <paramref name="v"/>.</summary>
    public NodeKind KindOf(int v) => _kinds[v];

    /// <summary>The attributes of node <paramref name="v"/>.</summary>
    public NodeAttributes AttributesOf(int v) => _attributes[v];

    /// <summary>Looks a node up by id.</summary>
    public bool TryGetIndex(NodeId id, out int v) => _index.TryGetValue(id.Value, out v);

    /// <summary>Looks a node up by id; null when absent.</summary>
    public int? Find(string id) => _index.TryGetValue(id, out var v) ? v : null;

    /// <summary>True for nodes that take part in SUPPLIES paths: products, facilities, transporters.</summary>
    public bool IsSupplyNode(int v) => _kinds[v] is NodeKind.Product or NodeKind.Facility or NodeKind.Transporter;

    /// <summary>Relationships of <paramref name="kind"/> starting at <paramref name="v"/>: (end node, edge index).</summary>
    public List<(int Node, int Edge)> Outgoing(int v, RelKind kind) => Select(Out, v, kind);

    /// <summary>Relationships of <paramref name="kind"/> ending at <paramref name="v"/>: (start node, edge index).</summary>
    public List<(int Node, int Edge)> Incoming(int v, RelKind kind) => Select(In, v, kind);

    private List<(int Node, int Edge)> Select(Adjacency adjacency, int v, RelKind kind)
    {
        var list = new List<(int, int)>();
        var nodes = adjacency.Of(v);
        var edges = adjacency.EdgesOf(v);
        for (var i = 0; i < nodes.Length; i++)
            if (EdgeKinds[edges[i]] == kind) list.Add((nodes[i], edges[i]));
        return list;
    }

    /// <summary>Approximate bytes held by the snapshot's arrays (strings excluded).</summary>
    public long ArrayBytes =>
        Suppliers.Bytes + Buyers.Bytes + Out.Bytes + In.Bytes
        + EdgeCount * (4L + 4 + 1 + 8 + 8) + NodeCount * (8L + 8 + 1 + 8 + 1);

    private static bool IsExtraction(string? type) => type is not null && ExtractionTypes.Contains(type);

    private bool Produces(int v)
    {
        foreach (var e in Out.EdgesOf(v))
            if (EdgeKinds[e] == RelKind.Produces) return true;
        return false;
    }
}
