using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Traceability.Core.Audit;
using Traceability.Core.Storage;

namespace Traceability.Api.Tests;

public sealed class AuditTrailTests
{
    private static async Task<IReadOnlyList<AuditRecord>> TrailAsync(ApiServer server) =>
        await server.Service<IAuditStore>().ReadAsync(0, int.MaxValue, CancellationToken.None);

    private static void Sql(ApiServer server, string sql)
    {
        using var conn = new SqliteConnection($"Data Source={server.DbPath};Pooling=False");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public async Task ReadsAndFailures_AreRecorded_WithWhoWhatWhichWhenWhereOutcome()
    {
        await using var server = await ApiServer.StartAsync();
        using var client = server.Client("investigator");
        var before = (await TrailAsync(server)).Count;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products/prod-galvanized-bolts-cn/trace?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/entities/no-such")).StatusCode);

        var trail = (await TrailAsync(server)).Skip(before).ToList();
        Assert.Equal(2, trail.Count);
        var read = trail[0];
        Assert.Equal("getTrace", read.Action);
        Assert.Contains("(investigator)", read.Actor);
        Assert.Equal("investigator", read.Role);
        Assert.Contains("id=prod-galvanized-bolts-cn", read.Target);
        Assert.Equal("127.0.0.1", read.Origin);
        Assert.Equal("200 ok", read.Outcome);
        Assert.True(DateTimeOffset.UtcNow - read.At < TimeSpan.FromMinutes(1));
        Assert.StartsWith("404 NotFoundException", trail[1].Outcome);
        Assert.True((await server.Service<IAuditStore>().VerifyAsync(CancellationToken.None)).Intact);
    }

    [Fact]
    public async Task Change_IsRecordedOnce_InItsOwnTransaction()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client("admin");
        var before = (await TrailAsync(server)).Count;

        var response = await admin.PostAsync("/api/imports/graph", Bundle("co-new", "New Holdings Ltd"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var added = (await TrailAsync(server)).Skip(before).ToList();
        var record = Assert.Single(added);
        Assert.Equal(("importGraph", "200 ok"), (record.Action, record.Outcome));
        Assert.Contains("nodes.csv", record.Target);
    }

    [Fact]
    public async Task AuditWriteFailure_FailsTheChange_AndRollsItBack()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client("admin");
        var store = server.Service<IGraphStore>();
        var before = await GraphDigest.ComputeAsync(store, true, CancellationToken.None);
        Sql(server, "CREATE TRIGGER audit_block BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit storage unavailable'); END;");

        var import = await admin.PostAsync("/api/imports/graph", Bundle("co-ghost", "Ghost Trading Ltd"));
        var key = await admin.PostAsJsonAsync("/api/keys", new { name = "ghost", role = "admin" });
        var read = await admin.GetAsync("/api/exposure");

        Assert.Equal(HttpStatusCode.InternalServerError, import.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, key.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, read.StatusCode);
        Assert.DoesNotContain("products", await read.Content.ReadAsStringAsync());
        Assert.Equal(before, await GraphDigest.ComputeAsync(store, true, CancellationToken.None));
        Assert.Null(await store.GetNodeAsync(new Core.Graph.NodeId("co-ghost"), CancellationToken.None));
        Assert.DoesNotContain(await server.Service<Core.Access.IKeyStore>().ListKeysAsync(CancellationToken.None), k => k.Name == "ghost");
    }

    public static TheoryData<string, string, string> Tampering => new()
    {
        { "edited", "UPDATE audit SET outcome = '200 ok (nothing to see)' WHERE seq = 3", "was altered" },
        { "deleted", "DELETE FROM audit WHERE seq = 3", "missing" },
        { "reordered", "UPDATE audit SET seq = -2 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = -2", "does not follow" },
        { "truncated", "DELETE FROM audit WHERE seq >= (SELECT max(seq) - 1 FROM audit)", "cut from the end" },
        { "rewritten tail", "UPDATE audit SET outcome = 'x', hash = 'y' WHERE seq = (SELECT max(seq) FROM audit)", "altered" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task Verify_DetectsTampering(string what, string sql, string expected)
    {
        await using var server = await ApiServer.StartAsync();
        using var client = server.Client("investigator");
        for (var i = 0; i < 5; i++) await client.GetAsync("/api/exposure");
        Assert.True((await server.Service<IAuditStore>().VerifyAsync(CancellationToken.None)).Intact);

        Sql(server, "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; " + sql);

        var result = await server.Service<IAuditStore>().VerifyAsync(CancellationToken.None);
        Assert.False(result.Intact, what);
        Assert.Contains(result.Problems, p => p.Contains(expected, StringComparison.Ordinal));
        using var admin = server.Client("admin");
        var api = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/audit/verify");
        Assert.False(api.GetProperty("intact").GetBoolean());
        var cli = await Cli.TraceabilityCli.RunAsync(["audit", "verify", "--db", server.DbPath], new StringWriter(), new StringWriter());
        Assert.Equal(1, cli);
    }

    [Fact]
    public async Task ConsistentRewrite_WithEveryLaterHashRecomputed_IsCaughtByAKeptHead()
    {
        // Someone with write access to the file edits record 3 and recomputes every later hash and the stored head: the
        // chain is consistent again, so only a head hash kept outside the database can tell (`audit verify --expect-head`).
        await using var server = await ApiServer.StartAsync();
        using var client = server.Client("investigator");
        for (var i = 0; i < 5; i++) await client.GetAsync("/api/exposure");
        var kept = (await server.Service<IAuditStore>().VerifyAsync(CancellationToken.None)).HeadHash;

        var records = (await TrailAsync(server)).ToList();
        var previous = records[1].Hash;
        var sql = new StringBuilder("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; ");
        foreach (var r in records.Skip(2))
        {
            var forged = r with { Outcome = r.Sequence == 3 ? "404 (nothing to see)" : r.Outcome, PreviousHash = previous };
            forged = forged with { Hash = AuditChain.HashOf(forged) };
            sql.Append($"UPDATE audit SET outcome = '{forged.Outcome}', prev_hash = '{forged.PreviousHash}', hash = '{forged.Hash}' WHERE seq = {r.Sequence}; ");
            previous = forged.Hash;
        }
        sql.Append($"UPDATE meta SET value = '{previous}' WHERE key = 'audit_head_hash';");
        Sql(server, sql.ToString());

        Assert.True((await server.Service<IAuditStore>().VerifyAsync(CancellationToken.None)).Intact);
        using var output = new StringWriter();
        var cli = await Cli.TraceabilityCli.RunAsync(["audit", "verify", "--expect-head", kept, "--db", server.DbPath], output, new StringWriter());
        Assert.Equal(1, cli);
        Assert.Contains("the trail was rewritten", output.ToString());
    }

    [Fact]
    public async Task Trail_IsAppendOnly_ForOrdinaryStatements()
    {
        await using var server = await ApiServer.StartAsync();
        Assert.Throws<SqliteException>(() => Sql(server, "UPDATE audit SET outcome = 'x'"));
        Assert.Throws<SqliteException>(() => Sql(server, "DELETE FROM audit"));
    }

    internal static MultipartFormDataContent Bundle(string id, string name)
    {
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"id:ID,:LABEL,name,country\n{id},Company,{name},HK\n")), "files", "nodes.csv");
        return content;
    }
}
