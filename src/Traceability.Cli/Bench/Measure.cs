using System.Diagnostics;

namespace Traceability.Cli.Bench;

/// <summary>Timing with warm-up and interleaved repetitions (A B A B ...), medians reported.</summary>
internal static class Measure
{
    /// <summary>Runs each variant once to warm up, then <paramref name="runs"/> rounds of every variant in turn; median milliseconds per variant.</summary>
    public static double[] Interleaved(int runs, CancellationToken ct, params Action[] variants)
    {
        // Warm up until the JIT has tiered the hot code (about 30 calls and a background compile): a second each at most.
        foreach (var v in variants)
        {
            var warm = Stopwatch.StartNew();
            for (var i = 0; i < 50 && warm.ElapsedMilliseconds < 1000; i++) v();
        }
        var samples = variants.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < runs; r++)
        {
            for (var i = 0; i < variants.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                var sw = Stopwatch.StartNew();
                variants[i]();
                samples[i].Add(sw.Elapsed.TotalMilliseconds);
            }
        }
        return [.. samples.Select(Median)];
    }

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
