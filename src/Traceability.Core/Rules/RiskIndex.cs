using Traceability.Core.Ownership;
using Traceability.Core.Reference;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>
/// Every flag in a snapshot, by supply-path node, computed once per snapshot and list version.
/// Traces and exposure read it; they never evaluate rules themselves.
/// </summary>
public sealed class RiskIndex
{
    private readonly Flag[][] _flags;
    private readonly int[] _masks;

    internal RiskIndex(GraphSnapshot graph, ReferenceLists lists, OwnershipResult ownership, Flag[][] flags, int[] masks, string seedsVersion)
    {
        Graph = graph;
        Lists = lists;
        Ownership = ownership;
        _flags = flags;
        _masks = masks;
        SeedsVersion = seedsVersion;
    }

    /// <summary>The snapshot evaluated.</summary>
    public GraphSnapshot Graph { get; }

    /// <summary>The reference lists used.</summary>
    public ReferenceLists Lists { get; }

    /// <summary>50 Percent Rule verdicts.</summary>
    public OwnershipResult Ownership { get; }

    /// <summary>Identifies the sanction seeds used (list versions and match decisions).</summary>
    public string SeedsVersion { get; }

    /// <summary>Flags on node <paramref name="v"/>, most severe first.</summary>
    public IReadOnlyList<Flag> FlagsOf(int v) => _flags[v];

    /// <summary>The most severe flag on node <paramref name="v"/> as an int (0 when none).</summary>
    public int MaxSeverityOf(int v) => _flags[v].Length == 0 ? 0 : (int)_flags[v][0].Severity;

    /// <summary>Bit mask of the flag kinds on node <paramref name="v"/>.</summary>
    public int MaskOf(int v) => _masks[v];

    /// <summary>Nodes with at least one flag.</summary>
    public IEnumerable<int> FlaggedNodes => Enumerable.Range(0, _masks.Length).Where(v => _masks[v] != 0);

    /// <summary>All flags.</summary>
    public int FlagCount => _flags.Sum(f => f.Length);
}
