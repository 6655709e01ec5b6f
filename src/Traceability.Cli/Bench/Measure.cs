using System.Diagnostics;

namespace Traceability.Cli.Bench;

/// <summary>Timing with warm-up and interleaved repetitions (A B A B ...), medians reported.</summary>
internal static class Measure
{
    /// <summary>
    /// Warms each variant up, then <paramref name="runs"/> rounds of every variant in turn (A B A B ...); the median
    /// milliseconds of one call per variant. A variant faster than <see cref="MinRoundMs"/> is called several times per
    /// round (as many as the warm-up says fill it) and the round's time divided by the count, so that a sub-millisecond
    /// call is not timed alone against the clock's and the scheduler's resolution.
    /// </summary>
    public static double[] Interleaved(int runs, CancellationToken ct, params Action[] variants) => Interleaved(runs, true, ct, variants);

    /// <summary>As above; without <paramref name="warmUp"/> each round calls each variant once and nothing runs before (for calls of minutes).</summary>
    public static double[] Interleaved(int runs, bool warmUp, CancellationToken ct, params Action[] variants)
    {
        // Warm up until the JIT has tiered the hot code: tiering waits until no new methods are being compiled, counts
        // 30 calls, compiles an instrumented version, then the optimized one in the background, so a second was not
        // enough (a trace timed at 0.14 ms right after start-up takes 0.02 ms a minute later). At least 3 s and 50 calls;
        // a variant slower than that (an import of a million nodes) stops after 10 s.
        var reps = Enumerable.Repeat(1, variants.Length).ToArray();
        for (var v = 0; v < variants.Length && warmUp; v++)
        {
            var warm = Stopwatch.StartNew();
            var calls = 0;
            for (; warm.ElapsedMilliseconds < WarmUpMs || (calls < WarmUpCalls && warm.ElapsedMilliseconds < WarmUpCapMs); calls++) variants[v]();
            // The warm-up's mean overstates a call (its first calls are not yet optimized): rounds err on the long side.
            var perCall = Math.Max(warm.Elapsed.TotalMilliseconds / calls, 1e-4);
            reps[v] = (int)Math.Clamp(Math.Ceiling(MinRoundMs / perCall), 1, 100_000);
        }
        var samples = variants.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < runs; r++)
        {
            for (var i = 0; i < variants.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                var sw = Stopwatch.StartNew();
                for (var k = 0; k < reps[i]; k++) variants[i]();
                samples[i].Add(sw.Elapsed.TotalMilliseconds / reps[i]);
            }
        }
        return [.. samples.Select(Median)];
    }

    /// <summary>Shortest warm-up of a variant, milliseconds (<c>--quick</c> shortens it, at the price of steadiness).</summary>
    public static int WarmUpMs { get; set; } = 3000;

    /// <summary>Fewest warm-up calls of a variant, unless <see cref="WarmUpCapMs"/> passes first (<c>--quick</c>: 5).</summary>
    public static int WarmUpCalls { get; set; } = 50;

    /// <summary>Longest warm-up of a slow variant, milliseconds (<c>--quick</c>: 1 s).</summary>
    public static int WarmUpCapMs { get; set; } = 10_000;

    /// <summary>Shortest timed round, milliseconds.</summary>
    public const double MinRoundMs = 20;

    public static double Median(IReadOnlyList<double> xs)
    {
        var s = xs.Order().ToArray();
        return s.Length == 0 ? double.NaN : s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }

    public static double Percentile(IReadOnlyList<double> xs, double p)
    {
        var s = xs.Order().ToArray();
        if (s.Length == 0) return double.NaN;
        var i = (int)Math.Ceiling(p / 100 * s.Length) - 1;
        return s[Math.Clamp(i, 0, s.Length - 1)];
    }

    /// <summary>Bytes allocated on the managed heap while building something that stays alive.</summary>
    public static long RetainedBytes<T>(Func<T> build, out T value)
    {
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(true);
        value = build();
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        var after = GC.GetTotalMemory(true);
        GC.KeepAlive(value);
        return after - before;
    }
}
