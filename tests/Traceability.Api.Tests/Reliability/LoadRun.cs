using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage;
using Traceability.Storage.Generation;
using Traceability.Tests;

namespace Traceability.Api.Tests.Reliability;

/// <summary>
/// One load run: the API over a store holding the demo network and a generated one, then for a bounded time readers
/// (entity, neighbors, search), tracers (20 paths of a product) and writers (evidence items; small graph imports, each a new
/// worksite supplying a product) on keep-alive connections. The rate limit is raised out of the way (1,000,000 requests
/// per minute per key), so any non-2xx answer is an error. Afterwards every acknowledged write is read back from the store.
/// </summary>
internal static class LoadRun
{
    private const int Readers = 4, Tracers = 2, EvidenceWriters = 1;

    /// <summary>One import writer; none with <c>TRACEABILITY_LOAD_IMPORTS=off</c>, to see the load without snapshot rebuilds.</summary>
    private static readonly int ImportWriters = Environment.GetEnvironmentVariable("TRACEABILITY_LOAD_IMPORTS") == "off" ? 0 : 1;

    /// <summary>Seconds of load per store: 8 in CI, 120 in the full run.</summary>
    public static int Seconds => ReliabilityRun.Full ? 120 : 8;

    private sealed class Kind(string name)
    {
        public string Name { get; } = name;
        public ConcurrentBag<double> Latencies { get; } = [];
    }

    /// <summary>Runs the load (asserting no errors and no lost write) and returns the acknowledged writes: evidence items and imports.</summary>
    public static async Task<(int Evidence, int Imports)> RunAsync(string store, string? postgres)
    {
        var name = $"load-{store.ToLowerInvariant()}{(ImportWriters == 0 ? "-no-imports" : "")}";
        var random = ReliabilityRun.Random(name);
        using var dir = new TempDirectory();
        var products = ReliabilityRun.Full ? 5_000 : 1_000;
        new NetworkGenerator(new GeneratorOptions { Products = products, Seed = 42 }).Generate(dir.File("net"));
        await using var server = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Api:RequestsPerMinute"] = "1000000" }, postgres);
        var graph = server.Service<IGraphStore>();
        await new GraphImporter(GraphSchema.Default, TimeProvider.System).ImportAsync(graph, [dir.File("net")], "neo4j-csv", "test", new DateOnly(2026, 1, 1), CancellationToken.None);
        var ids = new Dictionary<string, List<string>>();
        await foreach (var n in graph.ReadNodesAsync(CancellationToken.None))
        {
            if (!ids.TryGetValue(n.Node.Label, out var list)) ids[n.Node.Label] = list = [];
            list.Add(n.Node.Id.Value);
        }
        var words = new[] { "port", "mine", "trading", "cobalt", "zinc", "textile", "holdings", "fishery", "smelter", "korea", "timber", "farm" };
        using var reader = server.Client("investigator");
        using var analyst = server.Client("analyst");
        using var admin = server.Client("admin");
        // Warm up: the first read builds the snapshot.
        (await reader.GetAsync($"/api/products/{ids["Product"][0]}/trace?limit=1")).EnsureSuccessStatusCode();

        var kinds = new[] { "entity", "neighbors", "search", "trace", "evidence write", "graph import" }.ToDictionary(k => k, k => new Kind(k));
        var errors = new ConcurrentQueue<string>();
        var evidence = new ConcurrentQueue<(string Node, string Title)>();
        var imported = new ConcurrentQueue<(string Facility, string Product)>();
        var end = TimeSpan.FromSeconds(Seconds);
        var clock = Stopwatch.StartNew();
        long peak = 0;
        var sampler = Task.Run(async () =>
        {
            while (clock.Elapsed < end)
            {
                using var self = Process.GetCurrentProcess();
                peak = Math.Max(peak, self.WorkingSet64);
                await Task.Delay(100);
            }
        });

        async Task Timed(string kind, Func<Task<HttpResponseMessage>> send, HttpStatusCode expected, Action? onSuccess = null)
        {
            var sw = Stopwatch.StartNew();
            try
            {
                using var response = await send();
                var body = await response.Content.ReadAsStringAsync();
                kinds[kind].Latencies.Add(sw.Elapsed.TotalMilliseconds);
                if (response.StatusCode != expected) errors.Enqueue($"{kind}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                else onSuccess?.Invoke();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                errors.Enqueue($"{kind}: {e.GetType().Name}: {e.Message}");
            }
        }

        string Pick(Random r, string label) => ids[label][r.Next(ids[label].Count)];

        var workers = new List<Task>();
        for (var w = 0; w < Readers; w++)
        {
            var r = new Random(random.Next());
            workers.Add(Task.Run(async () =>
            {
                while (clock.Elapsed < end)
                {
                    var label = r.Next(3) switch { 0 => "Facility", 1 => "Company", _ => "Product" };
                    switch (r.Next(3))
                    {
                        case 0: await Timed("entity", () => reader.GetAsync($"/api/entities/{Pick(r, label)}"), HttpStatusCode.OK); break;
                        case 1: await Timed("neighbors", () => reader.GetAsync($"/api/entities/{Pick(r, label)}/neighbors?limit=50"), HttpStatusCode.OK); break;
                        default: await Timed("search", () => reader.GetAsync($"/api/entities?q={words[r.Next(words.Length)]}&limit=20"), HttpStatusCode.OK); break;
                    }
                }
            }));
        }
        for (var w = 0; w < Tracers; w++)
        {
            var r = new Random(random.Next());
            workers.Add(Task.Run(async () =>
            {
                while (clock.Elapsed < end)
                    await Timed("trace", () => reader.GetAsync($"/api/products/{Pick(r, "Product")}/trace?limit=20"), HttpStatusCode.OK);
            }));
        }
        var kindIds = EvidenceKinds.All.Select(k => k.Id).ToArray();
        for (var w = 0; w < EvidenceWriters; w++)
        {
            var r = new Random(random.Next());
            var writer = w;
            workers.Add(Task.Run(async () =>
            {
                for (var i = 0; clock.Elapsed < end; i++)
                {
                    var node = Pick(r, "Facility");
                    var title = $"load {writer}-{i} audit report";
                    await Timed("evidence write", () => analyst.PostAsJsonAsync("/api/evidence",
                        new { node, kind = kindIds[r.Next(kindIds.Length)], title, date = "2026-01-15", issuer = "load test" }),
                        HttpStatusCode.Created, () => evidence.Enqueue((node, title)));
                }
            }));
        }
        for (var w = 0; w < ImportWriters; w++)
        {
            var r = new Random(random.Next());
            var writer = w;
            workers.Add(Task.Run(async () =>
            {
                for (var i = 0; clock.Elapsed < end; i++)
                {
                    var facility = $"fac-load-{writer}-{i}";
                    var product = Pick(r, "Product");
                    await Timed("graph import", () => admin.PostAsync("/api/imports/graph", Bundle(facility, product)), HttpStatusCode.OK,
                        () => imported.Enqueue((facility, product)));
                    // A small import now and then, as a team adds worksites; each one makes readers rebuild their snapshot.
                    await Task.Delay(1000);
                }
            }));
        }
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;
        await sampler;

        Assert.True(errors.IsEmpty, $"{errors.Count} errors, first: {string.Join("\n", errors.Take(5))}");
        // No acknowledged write lost: read back from the store, not through the API's snapshot.
        var stored = (await server.Service<IEvidenceStore>().ListEvidenceAsync(null, CancellationToken.None)).Select(e => (e.Node.Value, e.Title)).ToHashSet();
        var lostEvidence = evidence.Where(e => !stored.Contains(e)).ToList();
        Assert.True(lostEvidence.Count == 0, $"{lostEvidence.Count} acknowledged evidence items are missing, e.g. {lostEvidence.FirstOrDefault()}");
        var edges = new HashSet<(string, string)>();
        await foreach (var e in graph.ReadEdgesAsync(CancellationToken.None))
            if (e.Edge.Type == "SUPPLIES" && e.Edge.Start.Value.StartsWith("fac-load-", StringComparison.Ordinal)) edges.Add((e.Edge.Start.Value, e.Edge.End.Value));
        var lostImports = imported.Where(i => !edges.Contains(i)).ToList();
        Assert.True(lostImports.Count == 0, $"{lostImports.Count} acknowledged imports are missing, e.g. {lostImports.FirstOrDefault()}");
        var integrity = await graph.CheckIntegrityAsync(CancellationToken.None);
        Assert.True(integrity.Intact, string.Join("; ", integrity.Checks.Where(c => !c.Passed)));

        Record(name, store, products, ids.Values.Sum(l => l.Count), kinds.Values, elapsed, peak, evidence.Count, imported.Count, integrity);
        return (evidence.Count, imported.Count);
    }

    private static MultipartFormDataContent Bundle(string facility, string product)
    {
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"id:ID,:LABEL,name,country,facilityType\n{facility},Facility,Load Test Works {facility[9..]},VN,factory\n")), "files", "nodes.csv");
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($":START_ID,:END_ID,:TYPE\n{facility},{product},SUPPLIES\n")), "files", "rels.csv");
        return content;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static void Record(string name, string store, int products, int nodes, IEnumerable<Kind> kinds, double seconds, long peak, int evidence, int imports,
        IntegrityReport integrity)
    {
        var sb = new StringBuilder();
        var all = kinds.Sum(k => k.Latencies.Count);
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"{store}: {seconds:F0} s, {Readers} readers, {Tracers} tracers, {EvidenceWriters} evidence writer, {ImportWriters} import writer (an import, then a 1 s pause) on one keep-alive client per role; graph of {nodes:N0} nodes ({products:N0} generated products + demo network).");
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"{all:N0} requests, {all / seconds:F0} requests/s, 0 errors; {evidence:N0} evidence items and {imports:N0} imports acknowledged, all read back; check {(integrity.Intact ? "passed" : "FAILED")}; peak working set {peak / 1024.0 / 1024:F0} MB (server and clients in one process).");
        sb.AppendLine();
        sb.AppendLine("| operation | requests | per second | p50 ms | p99 ms | max ms |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var k in kinds)
        {
            var sorted = k.Latencies.Order().ToList();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {k.Name} | {sorted.Count:N0} | {sorted.Count / seconds:F1} | {Percentile(sorted, 50):F1} | {Percentile(sorted, 99):F1} | {(sorted.Count == 0 ? double.NaN : sorted[^1]):F1} |");
        }
        ReliabilityRun.Record(name, sb.ToString());
    }
}
