using System.Diagnostics;
using System.Runtime;
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
/// Workload 8: the trace endpoint (authenticated, audited, rate-limited, 20 paths, the first 20 of each list) under 64
/// concurrent connections on loopback, against a trivial JSON endpoint in the same process; requests per second and p99
/// latency. The server keeps answers per snapshot (ResultCache), as deployed; a second server with the cache off shows
/// what computing every answer costs.
/// </summary>
internal static class HttpWorkload
{
    public const int Connections = 64;

    public static async Task<IEnumerable<BenchResult>> RunAsync(BenchData data, int seconds, CancellationToken ct)
    {
        var products = TraceWorkload.Sample(data, 20, maxPaths: long.MaxValue).Select(p => data.Graph.IdOf(p).Value).ToArray();
        if (products.Length == 0) products = [.. Enumerable.Range(0, data.Graph.NodeCount).Where(v => data.Graph.KindOf(v) == NodeKind.Product).Take(20).Select(v => data.Graph.IdOf(v).Value)];
        var i = 0;
        string TracePath(int _) => $"/api/products/{products[Interlocked.Increment(ref i) % products.Length]}/trace?limit=20";
        LoadResult ping, trace, ping2, trace2, cold;
        // The workloads before this one leave garbage behind (a 100k-name screening batch, import runs): the servers start
        // on a compacted heap, as a freshly started `serve` would, so that collecting it does not land in their p99.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        await using (var server = await Server.StartAsync(data, cacheMegabytes: null, ct))
        {
            await Load(server.Client, _ => "/bench/ping", 1, ct);
            await Load(server.Client, TracePath, 1, ct);
            ping = await Load(server.Client, _ => "/bench/ping", seconds, ct);
            trace = await Load(server.Client, TracePath, seconds, ct);
            ping2 = await Load(server.Client, _ => "/bench/ping", seconds, ct);
            trace2 = await Load(server.Client, TracePath, seconds, ct);
        }
        await using (var server = await Server.StartAsync(data, cacheMegabytes: 0, ct))
        {
            await Load(server.Client, TracePath, 1, ct);
            cold = await Load(server.Client, TracePath, seconds, ct);
        }
        var pingRps = (ping.Rps + ping2.Rps) / 2;
        var traceRps = (trace.Rps + trace2.Rps) / 2;
        var p99 = Measure.Percentile([.. trace.Latencies, .. trace2.Latencies], 99);
        var errors = ping.Errors + trace.Errors + ping2.Errors + trace2.Errors;
        var bytes = (trace.Bytes + trace2.Bytes) / (trace.Latencies.Count + trace2.Latencies.Count);
        return
        [
            new("HTTP trace endpoint vs trivial endpoint", data.Size, "GET trace (20 paths, lists of 20)", traceRps, "GET trivial JSON", pingRps, "requests/s",
                traceRps / pingRps, ">= 30% of trivial, no errors", traceRps >= 0.3 * pingRps && errors == 0,
                $"{Connections} connections, {2 * seconds} s each, A B A B; {errors} errors; {products.Length} products, {bytes:N0} bytes per answer, answers kept per snapshot"),
            new("HTTP trace latency", data.Size, "p99 under load", p99, "p99 trivial", Measure.Percentile([.. ping.Latencies, .. ping2.Latencies], 99), "ms",
                double.NaN, "p99 <= 10 ms, no errors", p99 <= 10 && errors == 0, $"p50 {Measure.Median([.. trace.Latencies, .. trace2.Latencies]):F2} ms"),
            new("HTTP trace endpoint, every answer computed", data.Size, "GET trace, cache off", cold.Rps, "GET trivial JSON", pingRps, "requests/s",
                cold.Rps / pingRps, "reported", null,
                $"Api:ResultCacheMegabytes=0, {seconds} s; p50 {Measure.Median(cold.Latencies):F2} ms, p99 {Measure.Percentile(cold.Latencies, 99):F2} ms; {cold.Errors} errors"),
        ];
    }

    /// <summary>The API on a loopback port over the bench store, with an investigator key and a trivial anonymous endpoint.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private Server(WebApplication app, HttpClient client)
        {
            _app = app;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<Server> StartAsync(BenchData data, int? cacheMegabytes, CancellationToken ct)
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:Path"] = data.Store.Path,
                // Far above what loopback can carry: the limiter still runs on every request, and never refuses one.
                ["Api:RequestsPerMinute"] = "100000000",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            if (cacheMegabytes is { } mb) settings["Api:ResultCacheMegabytes"] = mb.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var app = ApiHost.Build(["--urls", "http://127.0.0.1:0"], settings);
            app.MapGet("/bench/ping", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous();
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var (id, key) = ApiKeys.Create();
            await app.Services.GetRequiredService<IKeyStore>().AddKeyAsync(id, ApiKeys.Hash(key), "bench", Role.Investigator, "bench",
                new AuditEvent("bench", "cli", "createKey", id, "cli", "ok"), ct);
            var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = new Uri(address) };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            return new Server(app, client);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
    }

    private sealed record LoadResult(double Rps, List<double> Latencies, int Errors, long Bytes);

    private static async Task<LoadResult> Load(HttpClient client, Func<int, string> path, int seconds, CancellationToken ct)
    {
        var end = Stopwatch.StartNew();
        var latencies = new List<double>[Connections];
        var errors = 0;
        var bytes = 0L;
        var workers = Enumerable.Range(0, Connections).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (end.Elapsed.TotalSeconds < seconds)
            {
                var sw = Stopwatch.StartNew();
                using var response = await client.GetAsync(path(w), HttpCompletionOption.ResponseContentRead, ct);
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                mine.Add(sw.Elapsed.TotalMilliseconds);
                Interlocked.Add(ref bytes, body.Length);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(all.Count / end.Elapsed.TotalSeconds, all, errors, bytes);
    }
}
