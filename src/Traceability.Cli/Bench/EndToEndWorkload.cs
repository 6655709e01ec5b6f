using Traceability.Api.Contracts;
using Traceability.Core.Tracing;

namespace Traceability.Cli.Bench;

/// <summary>
/// Workload 4: the end-to-end trace (cone, counts, flags with witnesses and explanations, a page of 20 paths, mapped to the
/// wire contract) against the bare kernel on the same cone (cone build and path counting only). Serializing is the HTTP
/// workload's business.
/// </summary>
internal static class EndToEndWorkload
{
    public static IEnumerable<BenchResult> Run(BenchData data, int runs, int products, CancellationToken ct)
    {
        var sample = TraceWorkload.Sample(data, products, maxPaths: long.MaxValue);
        if (sample.Count == 0) yield break;
        var times = Measure.Interleaved(runs, ct,
            () =>
            {
                foreach (var p in sample)
                {
                    var result = TraceEngine.Trace(data.Risk, data.Graph.IdOf(p), new PathQuery { Limit = 20 }, null, ct);
                    GC.KeepAlive(TraceResponse.Map(result));
                }
            },
            () =>
            {
                foreach (var p in sample)
                {
                    using var cone = Cone.Build(data.Graph, p);
                    PathCounter.Count(cone, TraceOptions.Default.CycleStateBudget, ct);
                }
            });
        var ratio = times[0] / times[1];
        yield return new BenchResult("end-to-end trace vs bare kernel", data.Size, "trace + flags + 20 paths + contract", times[0] / sample.Count,
            "cone + path count", times[1] / sample.Count, "ms/trace", 1 / ratio, "<= 2x the kernel", ratio <= 2, $"{sample.Count} products; end-to-end costs {ratio:F2}x the kernel");
    }
}
