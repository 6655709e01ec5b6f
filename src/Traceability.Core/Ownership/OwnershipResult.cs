using Traceability.Core.Graph;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Ownership;

/// <summary>The 50 Percent Rule's verdicts: blocked entities and those with blocked owners.</summary>
public sealed class OwnershipResult
{
    /// <summary>Source text of seeds blocked outright by regulation.</summary>
    public const string OutrightSource = "blocked outright (31 CFR 510.211)";

    private readonly GraphSnapshot _graph;
    private readonly Dictionary<int, OwnershipStatus> _statuses;

    internal OwnershipResult(GraphSnapshot graph, Dictionary<int, OwnershipStatus> statuses)
    {
        _graph = graph;
        _statuses = statuses;
    }

    /// <summary>The verdict for node <paramref name="v"/>, or null when no blocked party is involved.</summary>
    public OwnershipStatus? StatusOf(int v) => _statuses.GetValueOrDefault(v);

    /// <summary>True when node <paramref name="v"/> is blocked.</summary>
    public bool IsBlocked(int v) => _statuses.TryGetValue(v, out var s) && s.Blocked;

    /// <summary>Every entity with a verdict, in id order.</summary>
    public IEnumerable<OwnershipStatus> All => _statuses.OrderBy(kv => kv.Key).Select(kv => kv.Value);

    /// <summary>Blocked entities.</summary>
    public int BlockedCount => _statuses.Values.Count(s => s.Blocked);

    /// <summary>
    /// The OWNS relationships that explain why node <paramref name="v"/> is blocked, back to listed parties,
    /// each blocked owner's own chain first.
    /// </summary>
    public IReadOnlyList<Rules.ChainLink> ExplainChain(int v)
    {
        var links = new List<Rules.ChainLink>();
        var seen = new HashSet<int>();
        Walk(v);
        return links;

        void Walk(int node)
        {
            if (!seen.Add(node) || StatusOf(node) is not { } status) return;
            foreach (var stake in status.Stakes)
            {
                if (!_graph.TryGetIndex(stake.Owner, out var owner)) continue;
                if (StatusOf(owner)?.Reason == BlockReason.Ownership) Walk(owner);
                links.Add(new Rules.ChainLink(stake.Owner, "OWNS", status.Node,
                    stake.Percent is { } p ? OwnershipStatus.Pct(p) : "undisclosed"));
            }
        }
    }

    /// <summary>A one-line reason for a blocked node: listed entries, outright, or the ownership sum.</summary>
    public string Describe(int v)
    {
        if (StatusOf(v) is not { } s) return "not blocked";
        string Name(NodeId id) => _graph.TryGetIndex(id, out var i) ? _graph.NameOf(i) : id.Value;
        return s.Reason switch
        {
            BlockReason.Listed => $"listed ({string.Join(", ", s.Entries)})",
            BlockReason.Outright => "blocked outright by regulation (31 CFR 510.211)",
            BlockReason.Ownership => $"owned {OwnershipStatus.Pct(s.BlockedPercent)} by blocked persons: {s.Arithmetic(Name)}",
            _ => $"blocked owners hold {s.Arithmetic(Name)}",
        };
    }
}
