using Bogus;

namespace Traceability.Storage.Generation;

/// <summary>
/// Spreads a budget of extra relationships over a known number of opportunities (buyers, owned parties) met one
/// after another. Each takes a random number of extras around what is left per opportunity left (exponentially
/// spread: most take a few, some many), so the total lands on the budget even when some cannot take their share
/// (a small supplier pool) or an extra costs more relationships than expected (transport legs).
/// </summary>
internal sealed class ExtraPacer(double budget, long opportunities)
{
    private long _left = opportunities;

    /// <summary>Relationships the extras have added so far.</summary>
    public long Spent { get; private set; }

    /// <summary>Extras for the next opportunity, each expected to add <paramref name="cost"/> relationships; at most <paramref name="max"/>.</summary>
    public int Next(Randomizer rng, double cost = 1, int max = int.MaxValue)
    {
        if (_left <= 0) return 0;
        var mean = (budget - Spent) / _left-- / cost;
        if (mean <= 0 || max <= 0) return 0;
        var x = Math.Min(mean * -Math.Log(1 - rng.Double()), max);
        var n = (int)x;
        if (rng.Double() < x - n) n++;
        return Math.Min(n, max);
    }

    /// <summary>An opportunity that takes no extras (a company nobody is recorded to own).</summary>
    public void Skip()
    {
        if (_left > 0) _left--;
    }

    public void Spend(long relationships) => Spent += relationships;
}
