using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Traceability.Core.Access;
using Traceability.Core.Audit;
using Traceability.Tests;

namespace Traceability.Api.Tests.Reliability;

/// <summary>
/// Every kind of change the API makes writes exactly one audit record, named by its endpoint; and when the audit record
/// cannot be written (a trigger makes the insert fail, on SQLite and on PostgreSQL), every kind of change fails and leaves
/// every table as it was.
/// </summary>
public sealed class AuditCoverageTests
{
    /// <summary>A valid request for each endpoint that changes something, given a pending match and a key to revoke.</summary>
    private static IEnumerable<(string Name, Func<HttpRequestMessage> Request)> Changes(long match, string keyId)
    {
        static MultipartFormDataContent Files(params (string Name, string Text)[] files)
        {
            var content = new MultipartFormDataContent();
            foreach (var (name, text) in files) content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", name);
            return content;
        }
        yield return ("importGraph", () => new(HttpMethod.Post, "/api/imports/graph") { Content = Files(("nodes.csv", "id:ID,:LABEL,name,country\nco-audited,Company,Audited Holdings Ltd,HK\n")) });
        yield return ("importLists", () => new(HttpMethod.Post, "/api/imports/lists?format=uflpa") { Content = Files(("uflpa.csv", "Name of Entity,Effective Date\nAudited Cotton Co.,\"June 21, 2022\"\n")) });
        yield return ("createKey", () => new(HttpMethod.Post, "/api/keys") { Content = JsonContent.Create(new { name = "audited", role = "analyst" }) });
        yield return ("revokeKey", () => new(HttpMethod.Delete, $"/api/keys/{keyId}"));
        yield return ("addEvidence", () => new(HttpMethod.Post, "/api/evidence") { Content = JsonContent.Create(new { node = "fac-na-karibib-quarry", kind = "wage-payment", title = "Audited payroll", date = "2026-01-15" }) });
        yield return ("importEvidence", () => new(HttpMethod.Post, "/api/evidence/import") { Content = Files(("evidence.csv", "node,kind,title,date\nfac-na-karibib-quarry,labor-policy,Audited policy,2026-02-01\n")) });
        yield return ("setChecklist", () => new(HttpMethod.Put, "/api/checklists/fac-na-karibib-quarry") { Content = JsonContent.Create(new { answers = new[] { new { question = "supplier-vetting", answer = "yes" } } }) });
        yield return ("confirmMatch", () => new(HttpMethod.Post, $"/api/matches/{match}/confirm") { Content = JsonContent.Create(new { note = "audited: registry checked" }) });
        yield return ("rejectMatch", () => new(HttpMethod.Post, $"/api/matches/{match}/reject") { Content = JsonContent.Create(new { note = "audited: a different company" }) });
    }

    /// <summary>Imports the OFAC sample (matches to decide on) and makes a key to revoke.</summary>
    private static async Task<(long Match, string KeyId)> PrepareAsync(ApiServer server)
    {
        using var admin = server.Client("admin");
        var sdn = new MultipartFormDataContent();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SeedData, "lists", "sdn-sample")))
            sdn.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", Path.GetFileName(file));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/imports/lists?format=ofac-csv", sdn)).StatusCode);
        var matches = await admin.GetFromJsonAsync<JsonElement>("/api/matches?pending=true");
        var created = await (await admin.PostAsJsonAsync("/api/keys", new { name = "to revoke", role = "investigator" })).Content.ReadFromJsonAsync<JsonElement>();
        return (matches[0].GetProperty("id").GetInt64(), created.GetProperty("details").GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task EveryKindOfChange_WritesOneRecord_NamedByItsEndpoint()
    {
        await using var server = await ApiServer.StartAsync();
        var (match, keyId) = await PrepareAsync(server);
        using var admin = server.Client("admin");
        var audit = server.Service<IAuditStore>();
        var names = new List<string>();

        foreach (var (name, request) in Changes(match, keyId))
        {
            var before = (await audit.ReadAsync(0, int.MaxValue, CancellationToken.None)).Count;
            using var response = await admin.SendAsync(request());
            Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var added = (await audit.ReadAsync(before, int.MaxValue, CancellationToken.None)).ToList();
            var record = Assert.Single(added, r => r.Action != "relink");
            Assert.Equal(name, record.Action);
            Assert.Matches("^20[01] ok", record.Outcome);
            Assert.Contains("admin", record.Actor);
            names.Add(name);
        }

        // The catalog's changes are all covered: everything but GETs and the read-only screening POSTs.
        Assert.Equal(EndpointCatalog.All.Where(s => s.Method != HttpMethod.Get && s.Name is not ("screenName" or "screenNames")).Select(s => s.Name).Order(), names.Order());
        Assert.True((await audit.VerifyAsync(CancellationToken.None)).Intact);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AuditWriteFailure_EveryKindOfChange_FailsAndChangesNoTable(string provider)
    {
        string? db = null;
        PostgresCluster? cluster = null;
        if (provider == "postgres")
        {
            cluster = await PostgresCluster.GetAsync();
            db = await cluster.CreateDatabaseAsync();
        }
        await using var server = await ApiServer.StartAsync(postgres: db);
        var (match, keyId) = await PrepareAsync(server);
        Func<Task<SortedDictionary<string, string>>> dump = db is null ? () => DatabaseDump.SqliteAsync(server.DbPath, "audit") : () => DatabaseDump.PostgresAsync(db, "audit");
        var before = await dump();
        if (db is null)
        {
            await using var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={server.DbPath};Pooling=False");
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "CREATE TRIGGER audit_block BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit storage unavailable'); END;";
            await cmd.ExecuteNonQueryAsync();
        }
        else
        {
            await cluster!.ExecAsync("""
                CREATE FUNCTION audit_block() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit storage unavailable'; END $$;
                CREATE TRIGGER audit_block BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_block();
                """, db);
        }
        using var admin = server.Client("admin");
        var failures = new List<string>();

        foreach (var (name, request) in Changes(match, keyId))
        {
            using var response = await admin.SendAsync(request());
            if (response.StatusCode != HttpStatusCode.InternalServerError) failures.Add($"{name}: {(int)response.StatusCode}");
            var now = await dump();
            if (!now.SequenceEqual(before)) failures.Add($"{name} changed {DatabaseDump.Diff(before, now)}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The key whose revocation failed still works, and the key whose creation failed does not exist.
        var keys = await server.Service<IKeyStore>().ListKeysAsync(CancellationToken.None);
        Assert.Contains(keys, k => k.Id == keyId && k.Active);
        Assert.DoesNotContain(keys, k => k.Name == "audited");
    }
}
