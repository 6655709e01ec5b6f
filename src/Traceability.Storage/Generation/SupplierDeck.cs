using Bogus;

namespace Traceability.Storage.Generation;

/// <summary>
/// Deals candidate suppliers like a shuffled deck, reshuffling when it runs out, so every candidate
/// gets customers before any gets many, and draws still look random.
/// </summary>
internal sealed class SupplierDeck
{
    private readonly int[] _cards;
    private readonly Randomizer _rng;
    private int _next;

    public SupplierDeck(int[] cards, Randomizer rng)
    {
        _cards = cards;
        _rng = rng;
        _next = cards.Length;
    }

    public int Count => _cards.Length;

    public int Draw()
    {
        if (_next == _cards.Length)
        {
            for (var i = _cards.Length - 1; i > 0; i--)
            {
                var j = _rng.Number(0, i);
                (_cards[i], _cards[j]) = (_cards[j], _cards[i]);
            }
            _next = 0;
        }
        return _cards[_next++];
    }

    /// <summary>A deck over the facilities of the given blocks, in block order.</summary>
    public static SupplierDeck Of(IEnumerable<FacilityBlock> blocks, Randomizer rng) =>
        new([.. blocks.SelectMany(b => Enumerable.Range(b.Start, b.Count))], rng);
}
