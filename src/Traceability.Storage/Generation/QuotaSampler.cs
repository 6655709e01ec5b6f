using Bogus;

namespace Traceability.Storage.Generation;

/// <summary>
/// Picks exactly <c>k</c> of <c>n</c> streamed items, every subset equally likely (selection sampling,
/// Knuth's Algorithm S), so rare cases appear at their rate and at least once, even in small networks.
/// </summary>
internal sealed class QuotaSampler(Randomizer rng, long n, long k)
{
    private long _seen;
    private long _selected;

    /// <summary>Items to pick for a rate: none for rate 0, else at least one.</summary>
    public static long Quota(long n, double rate) =>
        rate <= 0 || n == 0 ? 0 : Math.Clamp((long)Math.Round(n * rate), 1, n);

    public static QuotaSampler ForRate(Randomizer rng, long n, double rate) => new(rng, n, Quota(n, rate));

    public long Selected => _selected;

    /// <summary>Decides for the next item.</summary>
    public bool Next()
    {
        if (_seen >= n) return false;
        var need = k - _selected;
        var left = n - _seen;
        _seen++;
        if (need <= 0 || rng.Double() * left >= need) return false;
        _selected++;
        return true;
    }
}
