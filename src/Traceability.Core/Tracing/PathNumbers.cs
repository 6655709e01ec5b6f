using System.Numerics;

namespace Traceability.Core.Tracing;

/// <summary>
/// Path counts per node: 64-bit integers, promoted to arbitrary precision only for the nodes whose count overflows
/// (layered networks overflow quickly, most nodes never do). Exact either way.
/// </summary>
internal sealed class PathNumbers(int count)
{
    private readonly ulong[] _small = new ulong[count];
    private readonly Dictionary<int, BigInteger> _big = [];

    public BigInteger this[int v] => _big.TryGetValue(v, out var b) ? b : _small[v];

    public void Set(int v, in PathSum sum)
    {
        if (sum.IsSmall) _small[v] = sum.Small;
        else _big[v] = sum.Value;
    }

    /// <summary>Adds node <paramref name="v"/>'s count to <paramref name="sum"/>.</summary>
    public void AddTo(ref PathSum sum, int v)
    {
        if (_big.Count > 0 && _big.TryGetValue(v, out var b)) sum.Add(b);
        else sum.Add(_small[v]);
    }
}

/// <summary>A running sum of path counts, in 64 bits until it overflows.</summary>
internal struct PathSum
{
    private ulong _small;
    private BigInteger _big;
    private bool _promoted;

    public readonly bool IsSmall => !_promoted;

    public static PathSum Zero => default;

    public static PathSum One => new() { _small = 1 };

    public readonly ulong Small => _small;

    public readonly BigInteger Value => IsSmall ? _small : _big;

    public void Add(ulong x)
    {
        if (IsSmall)
        {
            var s = _small + x;
            if (s >= _small) { _small = s; return; }
            _big = (BigInteger)_small + x;
            _promoted = true;
            return;
        }
        _big += x;
    }

    public void Add(BigInteger x)
    {
        if (IsSmall)
        {
            if (x <= ulong.MaxValue - _small) { _small += (ulong)x; return; }
            _big = _small + x;
            _promoted = true;
            return;
        }
        _big += x;
    }
}
