using Traceability.Core.Graph;
using Traceability.Core.Storage;

namespace Traceability.Core.Snapshots;

/// <summary>Collects nodes and relationships, then builds an immutable <see cref="GraphSnapshot"/>.</summary>
public sealed class SnapshotBuilder
{
    private readonly List<(string Id, string Name, NodeKind Kind, NodeAttributes Attributes)> _nodes = [];
    private readonly List<(string Start, RelKind Kind, string End, double Percent, string? Material)> _edges = [];
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    /// <summary>Adds a node.</summary>
    public void Add(GraphNode node) =>
        _nodes.Add((node.Id.Value, node.Name, KindOf(node.Label), Attributes(node.Properties)));

    /// <summary>Adds a relationship.</summary>
    public void Add(GraphEdge edge) =>
        _edges.Add((edge.Start.Value, RelKindOf(edge.Type), edge.End.Value,
            edge.Properties.GetDouble("percent") ?? double.NaN, Intern(edge.Properties.GetString("material"))));

    /// <summary>Builds the snapshot; relationships whose ends are missing are an error.</summary>
    public GraphSnapshot Build(long version)
    {
        _nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var n = _nodes.Count;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var ids = new string[n];
        var names = new string[n];
        var kinds = new NodeKind[n];
        var attributes = new NodeAttributes[n];
        for (var i = 0; i < n; i++)
        {
            (ids[i], names[i], kinds[i], attributes[i]) = _nodes[i];
            if (!index.TryAdd(ids[i], i)) throw new InvalidOperationException($"duplicate node id '{ids[i]}'");
        }
        var m = _edges.Count;
        var start = new int[m];
        var end = new int[m];
        var relKinds = new RelKind[m];
        var percent = new double[m];
        var material = new string?[m];
        for (var e = 0; e < m; e++)
        {
            var (s, k, t, p, mat) = _edges[e];
            if (!index.TryGetValue(s, out start[e]) || !index.TryGetValue(t, out end[e]))
                throw new InvalidOperationException($"relationship ({s})-[:{k}]->({t}) has a missing end");
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
        var version = await store.ReadGraphAsync(builder.Add, builder.Add, cancellationToken);
        return builder.Build(version);
    }

    /// <summary>The engine's kind for a schema label.</summary>
    public static NodeKind KindOf(string label) => Enum.TryParse<NodeKind>(label, out var k) ? k : NodeKind.Other;

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

    private NodeAttributes Attributes(PropertyBag p)
    {
        if (p.Count <= 1) return NodeAttributes.None;
        return new NodeAttributes
        {
            Country = Intern(p.GetString("country")),
            FacilityType = Intern(p.GetString("facilityType")),
            Sector = Intern(p.GetString("sector") ?? p.GetString("category")),
            Workers = p.GetLong("workers"),
            ProductTypes = Interned(p.GetStrings("productTypes")),
            Nationality = Intern(p.GetString("nationality")),
            LaborKind = Intern(p.GetString("kind")),
            Mode = Intern(p.GetString("mode")),
            Flag = Intern(p.GetString("flag")),
            Imo = p.GetString("imo"),
            HsCode = Intern(p.GetString("hsCode")),
            RegistrationNumber = p.GetString("registrationNumber"),
            SanctionIds = p.GetStrings("sanctionIds"),
            Aliases = p.GetStrings("aliases"),
            Address = p.GetString("address"),
            City = Intern(p.GetString("city")),
        };
    }

    private string[] Interned(string[] values)
    {
        values = (string[])values.Clone();
        for (var i = 0; i < values.Length; i++) values[i] = Intern(values[i])!;
        return values;
    }

    private string? Intern(string? s)
    {
        if (s is null) return null;
        if (_pool.TryGetValue(s, out var pooled)) return pooled;
        _pool[s] = s;
        return s;
    }
}
