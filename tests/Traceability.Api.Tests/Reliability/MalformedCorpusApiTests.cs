using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Traceability.Core.Audit;
using Traceability.Tests;
using Traceability.Tests.Malformed;

namespace Traceability.Api.Tests.Reliability;

/// <summary>
/// The malformed-input corpus through the HTTP API on a real Kestrel port: every JSON body of <see cref="BodyCorpus"/>, and
/// the whole importer corpus (<see cref="MalformedCorpus"/>) uploaded as multipart files to the graph, list and evidence
/// imports, plus broken multipart requests. Each answer is a problem
/// details document with 400 (413, 415 where the case says) naming a field or file, never 500; no table but the audit trail
/// changes, and the audit trail records only refusals.
/// </summary>
public sealed class MalformedCorpusApiTests(MalformedCorpusApiTests.Fixture fixture) : IClassFixture<MalformedCorpusApiTests.Fixture>
{
    /// <summary>A server of its own, without the per-key rate limit: the corpus sends a thousand requests with one key.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiServer Server { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Server = await ApiServer.StartAsync(new() { ["Api:RequestsPerMinute"] = "1000000" });

        public async ValueTask DisposeAsync() => await Server.DisposeAsync();
    }

    private ApiServer Server => fixture.Server;

    private async Task<List<string>> SendAllAsync(IEnumerable<(string Name, Func<HttpRequestMessage> Request, int[] Statuses)> cases, string counter)
    {
        using var client = Server.Client("admin");
        client.Timeout = TimeSpan.FromMinutes(2);
        var audit = Server.Service<IAuditStore>();
        var before = await DatabaseDump.SqliteAsync(Server.DbPath, "audit");
        var seenAudit = (await audit.ReadAsync(0, int.MaxValue, CancellationToken.None)).Count;
        var failures = new List<string>();
        var count = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (name, request, statuses) in cases)
        {
            count++;
            using var message = request();
            string? problem;
            try
            {
                using var response = await client.SendAsync(message);
                problem = await JudgeAsync(response, statuses);
            }
            catch (HttpRequestException e) when (statuses.Contains(413))
            {
                // Kestrel may answer 413 and close before the client has sent the whole body.
                problem = e.InnerException is IOException or SocketException ? null : e.Message;
            }
            if (problem is not null) failures.Add($"{name}: {problem}");
        }
        var after = await DatabaseDump.SqliteAsync(Server.DbPath, "audit");
        if (!after.SequenceEqual(before)) failures.Add("the corpus changed the store: " + DatabaseDump.Diff(before, after));
        var records = (await audit.ReadAsync(seenAudit, int.MaxValue, CancellationToken.None)).ToList();
        failures.AddRange(records.Where(r => !r.Outcome.StartsWith('4')).Select(r => $"audit recorded a non-refusal: {r.Action} {r.Outcome}"));
        await File.AppendAllTextAsync(Path.Combine(RepoPaths.Artifacts("reliability"), "corpus-api.txt"), $"{counter}\t{count}\t{clock.ElapsedMilliseconds}\n");
        Assert.True(count > 0);
        return failures;
    }

    private static async Task<string?> JudgeAsync(HttpResponseMessage response, int[] statuses)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (!statuses.Contains(status)) return $"{status} (expected {string.Join(" or ", statuses)}): {Clip(text)}";
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return $"{status} without problem details: {Clip(text)}";
        using var doc = JsonDocument.Parse(text);
        if (doc.RootElement.GetProperty("status").GetInt32() != status) return "problem status differs";
        if (status == 400 && (!doc.RootElement.TryGetProperty("errors", out var errors) || !errors.EnumerateObject().Any()))
            return $"400 naming no field or file: {Clip(text)}";
        if (text.Contains(XmlAttacks.CanaryText, StringComparison.Ordinal)) return "the canary's content is in the answer";
        return null;
    }

    private static string Clip(string s) => s.Length <= 300 ? s : s[..300] + "...";

    [Fact]
    public async Task JsonBodies_EveryPostAndPut_AreRefusedWithProblemDetails_NeverA500()
    {
        var corpus = BodyCorpus.All().ToList();
        Assert.Equal(BodyCorpus.Endpoints.Select(e => e.Name).Order(), EndpointCatalog.All.Where(s => s.Method != HttpMethod.Get && s.Method != HttpMethod.Delete
            && !s.Name.StartsWith("import", StringComparison.Ordinal)).Select(s => s.Name).Order());

        var failures = await SendAllAsync(corpus.Select(c => (c.ToString(), (Func<HttpRequestMessage>)(() =>
        {
            var content = new ByteArrayContent(c.Body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(c.ContentType);
            return new HttpRequestMessage(c.Endpoint.Method, c.Endpoint.Path) { Content = content };
        }), c.Expected)), "json bodies");

        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Count} cases failed:\n{string.Join("\n", failures)}");
        Assert.True(corpus.Count >= 250, $"{corpus.Count} cases");
    }

    public static TheoryData<string> Uploads => new(["graph-csv", "ofac-csv", "ofac-xml", "ofac-advanced-xml", "ftm", "dol", "uflpa", "cbp-wro", "evidence-csv"]);

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task Uploads_TheImporterCorpus_AreRefusedNamingFileAndLine_NothingStored(string importer)
    {
        using var dir = new TempDirectory();
        var canary = dir.Write("canary.txt", XmlAttacks.CanaryText);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var context = new MalformedCorpus.Context("fac-na-karibib-quarry", canary, ((IPEndPoint)listener.LocalEndpoint).Port);
            var path = importer switch
            {
                "graph-csv" => "/api/imports/graph",
                "evidence-csv" => "/api/evidence/import",
                _ => $"/api/imports/lists?format={importer}",
            };
            var cases = MalformedCorpus.For(importer, context);

            var failures = await SendAllAsync(cases.Select(c => (c.ToString(), (Func<HttpRequestMessage>)(() =>
                new HttpRequestMessage(HttpMethod.Post, path) { Content = Multipart(c.Files) }), new[] { 400 })), $"uploads {importer}");

            Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed:\n{string.Join("\n", failures)}");
            Assert.False(listener.Pending(), "the server connected to the loopback listener");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Multipart_BrokenRequests_AreRefusedWithProblemDetails()
    {
        var csv = Encoding.UTF8.GetBytes(CorpusSeeds.GraphNodes.Replace("CN,mine", "XX,mine", StringComparison.Ordinal));
        HttpRequestMessage Raw(string contentType, byte[] body)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return new HttpRequestMessage(HttpMethod.Post, "/api/imports/graph") { Content = content };
        }
        HttpRequestMessage Files(params (string Name, byte[] Bytes)[] files)
        {
            var content = new MultipartFormDataContent();
            foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), "files", name);
            return new HttpRequestMessage(HttpMethod.Post, "/api/imports/graph") { Content = content };
        }
        var many = new MultipartFormDataContent();
        for (var i = 0; i < 2000; i++) many.Add(new StringContent("x"), $"field{i}");
        var cases = new (string, Func<HttpRequestMessage>, int[])[]
        {
            ("multipart without a boundary", () => Raw("multipart/form-data", csv), [400]),
            ("boundary that never appears", () => Raw("multipart/form-data; boundary=corpus", csv), [400]),
            ("body cut inside a part", () => Raw("multipart/form-data; boundary=b", Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"n.csv\"\r\n\r\nid:ID")), [400]),
            ("part headers never end", () => Raw("multipart/form-data; boundary=b", Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"n.csv\"\r\n" + new string('x', 100_000))), [400]),
            ("no file, only a field", () => { var c = new MultipartFormDataContent { { new StringContent("x"), "note" } }; return new HttpRequestMessage(HttpMethod.Post, "/api/imports/graph") { Content = c }; }, [400]),
            ("2000 form fields", () => new HttpRequestMessage(HttpMethod.Post, "/api/imports/graph") { Content = many }, [400]),
            ("the same file name twice", () => Files(("n.csv", csv), ("n.csv", csv)), [400]),
            ("a hidden file name", () => Files((".n.csv", csv)), [400]),
            ("a path in the file name", () => Files(("../../etc/n.csv", csv)), [400]),
            ("not a .csv file", () => Files(("n.txt", csv)), [400]),
            ("a JSON body instead of files", () => Raw("application/json", Encoding.UTF8.GetBytes("{\"files\": []}")), [400]),
        };

        var failures = await SendAllAsync(cases, "multipart requests");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static MultipartFormDataContent Multipart(IReadOnlyDictionary<string, byte[]> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), "files", name);
        return content;
    }
}
