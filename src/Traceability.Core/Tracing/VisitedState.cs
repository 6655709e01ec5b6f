namespace Traceability.Core.Tracing;

/// <summary>A position inside a cycle: the current node and the set of its component's nodes already on the path.</summary>
internal readonly struct VisitedState : IEquatable<VisitedState>
{
    private readonly ulong[] _bits;
    private readonly int _hash;

    private VisitedState(int node, ulong[] bits)
    {
        Node = node;
        _bits = bits;
        var h = new HashCode();
        h.Add(node);
        foreach (var b in bits) h.Add(b);
        _hash = h.ToHashCode();
    }

    public int Node { get; }

    /// <summary>The state of entering a component at <paramref name="node"/> (position <paramref name="pos"/> of <paramref name="size"/>).</summary>
    public static VisitedState Enter(int node, int pos, int size)
    {
        var bits = new ulong[(size + 63) >> 6];
        bits[pos >> 6] |= 1UL << (pos & 63);
        return new VisitedState(node, bits);
    }

    public bool Contains(int pos) => (_bits[pos >> 6] & (1UL << (pos & 63))) != 0;

    /// <summary>The state after stepping to <paramref name="node"/> at position <paramref name="pos"/>.</summary>
    public VisitedState Step(int node, int pos)
    {
        var bits = (ulong[])_bits.Clone();
        bits[pos >> 6] |= 1UL << (pos & 63);
        return new VisitedState(node, bits);
    }

    public int Size
    {
        get
        {
            var n = 0;
            foreach (var b in _bits) n += System.Numerics.BitOperations.PopCount(b);
            return n;
        }
    }

    public bool Equals(VisitedState other) => Node == other.Node && _hash == other._hash && _bits.AsSpan().SequenceEqual(other._bits);

    public override bool Equals(object? obj) => obj is VisitedState s && Equals(s);

    public override int GetHashCode() => _hash;
}
