using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Tests;

/// <summary>Builds small snapshots in code for engine tests.</summary>
internal sealed class TestGraph
{
    private readonly SnapshotBuilder _builder = new();
    private readonly HashSet<string> _ids = [];

    public TestGraph Node(string id, string label, params (string Key, object Value)[] props)
    {
        _ids.Add(id);
        var items = props.Select(p => new KeyValuePair<string, object>(p.Key, p.Value)).Append(new("name", id.ToUpperInvariant()));
        _builder.Add(new GraphNode(new NodeId(id), label, PropertyBag.From(items)));
        return this;
    }

    public TestGraph Product(string id) => Node(id, "Product");

    public TestGraph Facility(string id, string type = "factory", string country = "VN", params (string Key, object Value)[] props) =>
        Node(id, "Facility", [("facilityType", type), ("country", country), .. props]);

    public TestGraph Company(string id, params (string Key, object Value)[] props) => Node(id, "Company", props);

    public TestGraph Edge(string start, string type, string end, params (string Key, object Value)[] props)
    {
        _builder.Add(new GraphEdge(new NodeId(start), type, new NodeId(end), PropertyBag.From(props.Select(p => new KeyValuePair<string, object>(p.Key, p.Value)))));
        return this;
    }

    public TestGraph Supplies(string from, string to, string? material = null) =>
        material is null ? Edge(from, "SUPPLIES", to) : Edge(from, "SUPPLIES", to, ("material", material));

    public TestGraph Owns(string owner, string asset, double? percent) =>
        percent is { } p ? Edge(owner, "OWNS", asset, ("percent", p)) : Edge(owner, "OWNS", asset);

    public GraphSnapshot Build(long version = 1) => _builder.Build(version);

    public RiskIndex Risk(ReferenceLists? lists = null) => RuleEngine.Evaluate(Build(), lists ?? ReferenceLists.Empty);
}
