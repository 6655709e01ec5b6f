using Traceability.Core.Graph;
using Traceability.Core.Storage;

namespace Traceability.Core.Snapshots;

/// <summary>
/// Collects nodes and relationships, then builds an immutable <see cref="GraphSnapshot"/>. Nodes and relationships may
/// arrive on two threads at once (each kind keeps its own list and property reader).
/// </summary>
public sealed class SnapshotBuilder : IGraphSink
{
    private readonly List<(long Key, string Id, string Name, NodeKind Kind, NodeAttributes Attributes)> _nodes = [];
    private readonly List<(long Start, RelKind Kind, long End, double Percent, string? Material)> _edges = [];
    private readonly AttributeReader _reader = new();
    private readonly AttributeReader _edgeReader = new();

    /// <summary>Adds a node.</summary>
    public void Add(GraphNode node) => Node(_nodes.Count, node.Id.Value, node.Label, node.Properties.ToJson());

    /// <summary>Adds a relationship between nodes already added.</summary>
    public void Add(GraphEdge edge)
    {
        _idKeys ??= _nodes.ToDictionary(n => n.Id, n => n.Key, StringComparer.Ordinal);
        if (!_idKeys.TryGetValue(edge.Start.Value, out var s) || !_idKeys.TryGetValue(edge.End.Value, out var t))
            throw new InvalidOperationException($"relationship {edge} has a missing end");
        Edge(s, edge.Type, t, edge.Properties.ToJson());
    }

    private Dictionary<string, long>? _idKeys;

    /// <inheritdoc/>
    public void Node(long key, string id, string label, string properties)
    {
        var (name, attributes) = _reader.ReadNode(properties);
        _nodes.Add((key, id, name ?? id, KindOf(label), attributes));
        _idKeys = null;
    }

    /// <inheritdoc/>
    public void Edge(long start, string type, long end, string properties)
    {
        var kind = RelKindOf(type);
        var (percent, material) = kind is RelKind.Owns or RelKind.Supplies ? _edgeReader.ReadEdge(properties) : (double.NaN, null);
        _edges.Add((start, kind, end, percent, material));
    }

    /// <summary>Builds the snapshot; relationships whose ends are missing are an error.</summary>
    public GraphSnapshot Build(long version)
    {
        _nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var n = _nodes.Count;
        var ids = new string[n];
        var names = new string[n];
        var kinds = new NodeKind[n];
        var attributes = new NodeAttributes[n];
        var maxKey = n == 0 ? 0 : _nodes.Max(x => x.Key);
        // Store keys are dense row ids: an array maps them to indexes; a dictionary when they are not.
        int[]? byKey = maxKey >= 0 && maxKey < 4L * n + 1024 ? new int[maxKey + 1] : null;
        Dictionary<long, int>? byKeyMap = byKey is null ? new(n) : null;
        if (byKey is not null) Array.Fill(byKey, -1);
        for (var i = 0; i < n; i++)
        {
            var (key, id, name, kind, attrs) = _nodes[i];
            (ids[i], names[i], kinds[i], attributes[i]) = (id, name, kind, attrs);
            if (i > 0 && string.CompareOrdinal(ids[i - 1], id) == 0) throw new InvalidOperationException($"duplicate node id '{id}'");
            if (byKey is not null)
            {
                if (key < 0 || byKey[key] >= 0) throw new InvalidOperationException($"duplicate node key {key}");
                byKey[key] = i;
            }
            else if (!byKeyMap!.TryAdd(key, i)) throw new InvalidOperationException($"duplicate node key {key}");
        }
        int Index(long key) => byKey is not null ? (key >= 0 && key < byKey.Length ? byKey[key] : -1) : byKeyMap!.GetValueOrDefault(key, -1);
        var m = _edges.Count;
        var start = new int[m];
        var end = new int[m];
        var relKinds = new RelKind[m];
        var percent = new double[m];
        var material = new string?[m];
        for (var e = 0; e < m; e++)
        {
            var (s, k, t, p, mat) = _edges[e];
            start[e] = Index(s);
            end[e] = Index(t);
            if (start[e] < 0 || end[e] < 0) throw new InvalidOperationException($"relationship {s}-[:{k}]->{t} has a missing end");
            relKinds[e] = k;
            percent[e] = p;
            material[e] = mat;
        }
        return new GraphSnapshot(version, ids, names, kinds, attributes, start, end, relKinds, percent, material);
    }

    /// <summary>Reads the whole store into a snapshot tagged with the store's graph version.</summary>
    public static async Task<GraphSnapshot> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var builder = new SnapshotBuilder();
        var version = await store.ReadRowsAsync(builder, cancellationToken);
        return builder.Build(version);
    }

    /// <summary>The engine's kind for a schema label.</summary>
    public static NodeKind KindOf(string label) => label switch
    {
        "Product" => NodeKind.Product,
        "Material" => NodeKind.Material,
        "Facility" => NodeKind.Facility,
        "Company" => NodeKind.Company,
        "Person" => NodeKind.Person,
        "Transporter" => NodeKind.Transporter,
        "LaborSource" => NodeKind.LaborSource,
        _ => NodeKind.Other,
    };

    /// <summary>The engine's kind for a schema relationship type.</summary>
    public static RelKind RelKindOf(string type) => type switch
    {
        "SUPPLIES" => RelKind.Supplies,
        "PRODUCES" => RelKind.Produces,
        "OWNS" => RelKind.Owns,
        "OPERATES" => RelKind.Operates,
        "WORKS_AT" => RelKind.WorksAt,
        "RECRUITS" => RelKind.Recruits,
        "IMPORTS" => RelKind.Imports,
        _ => RelKind.Other,
    };

    /// <summary>The schema type name of a relationship kind.</summary>
    public static string TypeName(RelKind kind) => kind switch
    {
        RelKind.Supplies => "SUPPLIES",
        RelKind.Produces => "PRODUCES",
        RelKind.Owns => "OWNS",
        RelKind.Operates => "OPERATES",
        RelKind.WorksAt => "WORKS_AT",
        RelKind.Recruits => "RECRUITS",
        RelKind.Imports => "IMPORTS",
        _ => "OTHER",
    };
}
