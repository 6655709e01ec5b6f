using Traceability.Core.Exposure;
using Traceability.Core.Graph;
using Traceability.Core.Tracing;

namespace Traceability.Core.Tests.Tracing;

/// <summary>A cancelled request stops the engines instead of running on.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Engines_HonourCancellation()
    {
        var risk = await SeedGraph.RiskAsync();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        Assert.ThrowsAny<OperationCanceledException>(() => TraceEngine.Trace(risk, new NodeId("prod-galvanized-bolts-cn"), new PathQuery(), null, cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ExposureEngine.Compute(risk, null, null, cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Traceability.Core.Connections.ConnectionFinder.Find(risk.Graph, new NodeId("co-namgang"), new NodeId("prod-galvanized-bolts-cn"), 3, cancellationToken: cts.Token));
    }
}
