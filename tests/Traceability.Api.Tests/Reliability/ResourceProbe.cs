using System.Diagnostics;

namespace Traceability.Api.Tests.Reliability;

/// <summary>
/// Time, managed allocation and peak working set of one operation, and whether the process goes quiet afterwards.
/// Process-wide figures: meaningful only in a collection that runs alone (<see cref="AloneCollection"/>).
/// </summary>
internal static class ResourceProbe
{
    public sealed record Sample(string Name, TimeSpan Elapsed, long AllocatedBytes, long PeakWorkingSet);

    public static async Task<(T Result, Sample Sample)> MeasureAsync<T>(string name, Func<Task<T>> operation)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = await operation();
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        return (result, new Sample(name, clock.Elapsed, GC.GetTotalAllocatedBytes() - allocated, process.PeakWorkingSet64));
    }

    /// <summary>
    /// Waits until the process uses less than a tenth of a core over a fifth of a second (nothing left running after a request),
    /// and returns how long that took; throws when it does not settle within <paramref name="within"/>.
    /// </summary>
    public static async Task<TimeSpan> SettleAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var window = TimeSpan.FromMilliseconds(200);
        double share;
        do
        {
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var start = clock.Elapsed;
            await Task.Delay(window);
            process.Refresh();
            share = (process.TotalProcessorTime - cpu) / (clock.Elapsed - start);
            if (share < 0.1) return clock.Elapsed;
        } while (clock.Elapsed < within);
        throw new Xunit.Sdk.XunitException($"the process still used {share:P0} of a core {clock.Elapsed.TotalSeconds:0.0} s after the request ended");
    }

    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0} MB";
}

/// <summary>Tests that measure the whole process run in this collection, after the others and alone.</summary>
[CollectionDefinition(nameof(AloneCollection), DisableParallelization = true)]
public sealed class AloneCollection;
