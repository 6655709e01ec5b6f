using Bogus;

namespace Traceability.Storage.Generation;

/// <summary>Picks items by weight.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public Weighted(IEnumerable<(T Item, double Weight)> items)
    {
        var list = items.Where(i => i.Weight > 0).ToList();
        if (list.Count == 0) throw new ArgumentException("at least one item needs a positive weight", nameof(items));
        _items = [.. list.Select(i => i.Item)];
        _cumulative = new double[list.Count];
        var sum = 0.0;
        for (var i = 0; i < list.Count; i++) _cumulative[i] = sum += list[i].Weight;
    }

    public IReadOnlyList<T> Items => _items;

    public T Pick(Randomizer rng)
    {
        var x = rng.Double() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        i = i < 0 ? ~i : i + 1;
        return _items[Math.Min(i, _items.Length - 1)];
    }
}
