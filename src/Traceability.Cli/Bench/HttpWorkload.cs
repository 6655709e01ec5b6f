using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api;
using Traceability.Core.Access;
using Traceability.Core.Audit;
using Traceability.Core.Snapshots;

namespace Traceability.Cli.Bench;

/// <summary>
/// Workload 8: the trace endpoint (authenticated, audited, rate-limited, 20 paths) under 64 concurrent connections on
/// loopback, against a trivial JSON endpoint in the same process; requests per second and p99 latency.
/// </summary>
internal static class HttpWorkload
{
    public const int Connections = 64;

    public static async Task<IEnumerable<BenchResult>> RunAsync(BenchData data, int seconds, CancellationToken ct)
    {
        var app = ApiHost.Build(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Path"] = data.Store.Path,
            ["Api:RequestsPerMinute"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        app.MapGet("/bench/ping", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous();
        await app.StartAsync(ct);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var (id, key) = ApiKeys.Create();
            await app.Services.GetRequiredService<IKeyStore>().AddKeyAsync(id, ApiKeys.Hash(key), "bench", Role.Investigator, "bench",
                new AuditEvent("bench", "cli", "createKey", id, "cli", "ok"), ct);
            var products = TraceWorkload.Sample(data, 20, maxPaths: long.MaxValue).Select(p => data.Graph.IdOf(p).Value).ToArray();
            if (products.Length == 0) products = [.. Enumerable.Range(0, data.Graph.NodeCount).Where(v => data.Graph.KindOf(v) == NodeKind.Product).Take(20).Select(v => data.Graph.IdOf(v).Value)];
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = new Uri(address) };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            var i = 0;
            string TracePath() => $"/api/products/{products[Interlocked.Increment(ref i) % products.Length]}/trace?limit=20";
            await Load(client, _ => "/bench/ping", 1, ct);
            await Load(client, _ => TracePath(), 1, ct);
            var ping = await Load(client, _ => "/bench/ping", seconds, ct);
            var trace = await Load(client, _ => TracePath(), seconds, ct);
            var ping2 = await Load(client, _ => "/bench/ping", seconds, ct);
            var trace2 = await Load(client, _ => TracePath(), seconds, ct);
            var pingRps = (ping.Rps + ping2.Rps) / 2;
            var traceRps = (trace.Rps + trace2.Rps) / 2;
            var p99 = Measure.Percentile([.. trace.Latencies, .. trace2.Latencies], 99);
            var errors = ping.Errors + trace.Errors + ping2.Errors + trace2.Errors;
            return
            [
                new("HTTP trace endpoint vs trivial endpoint", data.Size, "GET trace (20 paths)", traceRps, "GET trivial JSON", pingRps, "requests/s",
                    traceRps / pingRps, ">= 30% of trivial", traceRps >= 0.3 * pingRps, $"{Connections} connections, {2 * seconds} s each, A B A B; {errors} errors"),
                new("HTTP trace latency", data.Size, "p99 under load", p99, "p99 trivial", Measure.Percentile([.. ping.Latencies, .. ping2.Latencies], 99), "ms",
                    double.NaN, "p99 <= 10 ms", p99 <= 10, $"p50 {Measure.Median([.. trace.Latencies, .. trace2.Latencies]):F2} ms"),
            ];
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private sealed record LoadResult(double Rps, List<double> Latencies, int Errors);

    private static async Task<LoadResult> Load(HttpClient client, Func<int, string> path, int seconds, CancellationToken ct)
    {
        var end = Stopwatch.StartNew();
        var latencies = new List<double>[Connections];
        var errors = 0;
        var workers = Enumerable.Range(0, Connections).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (end.Elapsed.TotalSeconds < seconds)
            {
                var sw = Stopwatch.StartNew();
                using var response = await client.GetAsync(path(w), HttpCompletionOption.ResponseContentRead, ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                mine.Add(sw.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(all.Count / end.Elapsed.TotalSeconds, all, errors);
    }
}
