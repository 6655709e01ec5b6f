using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Storage.Neo4j;

namespace Traceability.Storage.Tests.Generation;

/// <summary>A generated network read back through the neo4j-admin CSV reader, indexed for assertions.</summary>
internal sealed class GeneratedGraph
{
    private readonly Dictionary<string, GraphNode> _nodes;
    private readonly Dictionary<string, List<GraphEdge>> _out;
    private readonly Dictionary<string, List<GraphEdge>> _in;

    public GeneratedGraph(string folder)
    {
        var batch = new Neo4jCsvReader(GraphSchema.Default).Read([folder]);
        _nodes = batch.Nodes.ToDictionary(n => n.Node.Id.Value, n => n.Node, StringComparer.Ordinal);
        Edges = [.. batch.Edges.Select(e => e.Edge)];
        _out = Edges.GroupBy(e => e.Start.Value).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _in = Edges.GroupBy(e => e.End.Value).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<GraphEdge> Edges { get; }

    public IEnumerable<GraphNode> Nodes(string label) => _nodes.Values.Where(n => n.Label == label);

    public GraphNode Node(string id) => _nodes[id];

    public IEnumerable<GraphEdge> Out(string id, string type) => _out.GetValueOrDefault(id, []).Where(e => e.Type == type);

    public IEnumerable<GraphEdge> In(string id, string type) => _in.GetValueOrDefault(id, []).Where(e => e.Type == type);

    public IEnumerable<GraphEdge> OfType(string type) => Edges.Where(e => e.Type == type);

    public string? Text(string id, string property) => Node(id).Properties.GetString(property);

    public string FacilityType(string id) => Text(id, "facilityType") ?? "";

    /// <summary>True when following SUPPLIES from some node leads back to it (iterative DFS, three colours).</summary>
    public bool HasSupplyCycle()
    {
        var colour = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var root in _nodes.Keys)
        {
            if (colour.GetValueOrDefault(root) != 0) continue;
            var stack = new Stack<(string Node, IEnumerator<GraphEdge> Next)>();
            colour[root] = 1;
            stack.Push((root, Out(root, "SUPPLIES").GetEnumerator()));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Peek();
                if (!next.MoveNext())
                {
                    colour[node] = 2;
                    stack.Pop();
                    continue;
                }
                var child = next.Current.End.Value;
                var c = colour.GetValueOrDefault(child);
                if (c == 1) return true;
                if (c != 0) continue;
                colour[child] = 1;
                stack.Push((child, Out(child, "SUPPLIES").GetEnumerator()));
            }
        }
        return false;
    }
}
