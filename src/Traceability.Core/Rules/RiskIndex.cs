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

    /// <summary>
    /// Flag kinds and severities of node <paramref name="v"/> as one bit set (kinds in bits 0-15, severities one-hot in
    /// bits 16-19), so that what is upstream of a node is the OR of its suppliers' sets.
    /// </summary>
    public int BitsOf(int v)
    {
        var bits = _masks[v];
        foreach (var f in _flags[v]) bits |= SeverityBit(f.Severity);
        return bits;
    }

    /// <summary>The bit of a severity in <see cref="BitsOf"/>.</summary>
    public static int SeverityBit(Severity s) => 1 << (15 + (int)s);

    /// <summary>The worst severity in a bit set of <see cref="BitsOf"/>, or null.</summary>
    public static Severity? WorstSeverity(int bits)
    {
        for (var s = Severity.Critical; s >= Severity.Low; s--)
            if ((bits & SeverityBit(s)) != 0) return s;
        return null;
    }

    /// <summary>Bit mask of the flag kinds on node <paramref name="v"/>.</summary>
    public int MaskOf(int v) => _masks[v];

    /// <summary>Nodes with at least one flag.</summary>
    public IEnumerable<int> FlaggedNodes => Enumerable.Range(0, _masks.Length).Where(v => _masks[v] != 0);

    /// <summary>All flags.</summary>
    public int FlagCount => _flags.Sum(f => f.Length);
}
