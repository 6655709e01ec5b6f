using Traceability.Core.Audit;
using Traceability.Core.Graph;
using Traceability.Core.Storage;
using Traceability.Storage.Tests.Neo4j;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

// The hash-chained audit trail: order, paging, verification, append-only, and one chain for several writers.
public abstract partial class StoreContractTests
{
    private static AuditEvent Event(int i) => new($"user-{i}", "Analyst", "getTrace", $"prod-{i}", "127.0.0.1", "200 ok");

    [Fact]
    public async Task Audit_AppendThenRead_PagesInOrder_AndVerifies()
    {
        using var dir = new TempDirectory();
        await using var store = new StoreUnderTest(await OpenAsync(dir));

        var appended = new List<AuditRecord>();
        for (var i = 1; i <= 5; i++) appended.Add(await store.Audit.AppendAsync(Event(i), CancellationToken.None));

        Assert.Equal([1L, 2, 3, 4, 5], appended.Select(r => r.Sequence));
        Assert.Equal(AuditChain.Genesis, appended[0].PreviousHash);
        Assert.All(appended.Skip(1).Zip(appended), p => Assert.Equal(p.Second.Hash, p.First.PreviousHash));
        var first = await store.Audit.ReadAsync(0, 3, CancellationToken.None);
        var rest = await store.Audit.ReadAsync(3, 10, CancellationToken.None);
        Assert.Equal(appended, [.. first, .. rest]);
        Assert.All(first, r => Assert.Equal(AuditChain.HashOf(r), r.Hash));
        var verification = await store.Audit.VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, string.Join("; ", verification.Problems));
        Assert.Equal((5L, 5L, appended[^1].Hash), (verification.Records, verification.LastSequence, verification.HeadHash));
    }

    [Fact]
    public async Task Audit_RecordOfAnImport_CommitsOrRollsBackWithIt()
    {
        using var dir = new TempDirectory();
        dir.Write("in/nodes.csv", SampleBundle.Nodes);
        dir.Write("in/rels.csv", SampleBundle.Rels);
        dir.Write("bad/nodes.csv", "id:ID,:LABEL,name\nx1,Company,A\n");
        dir.Write("bad/rels.csv", ":START_ID,:END_ID,:TYPE\nx1,nowhere,OWNS\n");
        await using var store = new StoreUnderTest(await OpenAsync(dir));
        var importer = new GraphImporter(Core.Schema.GraphSchema.Default, TimeProvider.System);
        ImportOptions Options(string target) => new(StoreFixture.AsOf, "test", "neo4j-csv", new AuditEvent("test", "Admin", "importGraph", target, "cli", "ok"));

        await store.Graph.ImportAsync(importer.Read([dir.File("in")], "neo4j-csv"), Options("in"), CancellationToken.None);
        await Assert.ThrowsAsync<ImportFailedException>(() => store.Graph.ImportAsync(importer.Read([dir.File("bad")], "neo4j-csv"), Options("bad"), CancellationToken.None));

        var record = Assert.Single(await store.Audit.ReadAsync(0, 10, CancellationToken.None));
        Assert.Equal(("importGraph", "in"), (record.Action, record.Target));
        Assert.True((await store.Audit.VerifyAsync(CancellationToken.None)).Intact);
    }

    [Theory]
    [InlineData("UPDATE audit SET actor = 'mallory'")]
    [InlineData("DELETE FROM audit")]
    public async Task Audit_UpdateOrDeleteThroughSql_IsRejected(string sql)
    {
        using var dir = new TempDirectory();
        await using var store = new StoreUnderTest(await OpenAsync(dir));
        await store.Audit.AppendAsync(Event(1), CancellationToken.None);
        await store.Audit.AppendAsync(Event(2), CancellationToken.None);

        var e = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteSqlAsync(dir, sql));

        Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await store.Audit.ReadAsync(0, 10, CancellationToken.None)).Count);
        Assert.True((await store.Audit.VerifyAsync(CancellationToken.None)).Intact);
    }

    [Fact]
    public async Task Audit_TwoStoresAppendingAtOnce_KeepOneChain()
    {
        using var dir = new TempDirectory();
        await using var a = new StoreUnderTest(await OpenAsync(dir));
        await using var b = new StoreUnderTest(await OpenAsync(dir));

        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 25; i++) await a.Audit.AppendAsync(Event(i), CancellationToken.None); }),
            Task.Run(async () => { for (var i = 0; i < 25; i++) await b.Audit.AppendAsync(Event(100 + i), CancellationToken.None); }));

        var verification = await a.Audit.VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, string.Join("; ", verification.Problems));
        Assert.Equal(50, verification.Records);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), (await b.Audit.ReadAsync(0, 100, CancellationToken.None)).Select(r => r.Sequence));
    }

    [Fact]
    public async Task Import_TwoStoresAtOnce_EachBumpsTheGraphVersion()
    {
        using var dir = new TempDirectory();
        for (var part = 0; part < 2; part++)
        {
            var rows = string.Join('\n', Enumerable.Range(0, 200).Select(i => $"c{part}-{i},Company,Company {part}-{i}"));
            dir.Write($"p{part}/nodes.csv", "id:ID,:LABEL,name\n" + rows + "\n");
        }
        await using var a = await OpenAsync(dir);
        await using var b = await OpenAsync(dir);
        var importer = new GraphImporter(Core.Schema.GraphSchema.Default, TimeProvider.System);
        ImportOptions Options(int part) => new(StoreFixture.AsOf, "test", "neo4j-csv", new AuditEvent("test", "Admin", "importGraph", $"p{part}", "cli", "ok"));

        var reports = await Task.WhenAll(
            Task.Run(() => a.ImportAsync(importer.Read([dir.File("p0")], "neo4j-csv"), Options(0), CancellationToken.None)),
            Task.Run(() => b.ImportAsync(importer.Read([dir.File("p1")], "neo4j-csv"), Options(1), CancellationToken.None)));

        Assert.Equal([1L, 2], reports.Select(r => r.GraphVersion).Order());
        Assert.Equal([1L, 2], reports.Select(r => r.ImportId).Order());
        Assert.Equal(2, await a.GetGraphVersionAsync(CancellationToken.None));
        Assert.Equal(400, (await b.CountAsync(CancellationToken.None)).Nodes);
        var audit = await ((IAuditStore)a).VerifyAsync(CancellationToken.None);
        Assert.True(audit.Intact);
        Assert.Equal(2, audit.Records);
    }

    /// <summary>SQL that lifts the trail's append-only protection, as someone with the database owner's rights could.</summary>
    protected abstract string LiftAuditProtection { get; }

    public static TheoryData<string, string, string> Tampering => new()
    {
        { "edited", "UPDATE audit SET outcome = '200 ok (nothing to see)' WHERE seq = 3", "was altered" },
        { "deleted", "DELETE FROM audit WHERE seq = 3", "missing" },
        { "reordered", "UPDATE audit SET seq = -2 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = -2", "" },
        { "truncated", "DELETE FROM audit WHERE seq >= 4", "cut from the end" },
        { "rewritten tail", "UPDATE audit SET outcome = 'x', hash = 'y' WHERE seq = 5", "altered" },
        { "forged record appended", "INSERT INTO audit (seq, at, actor, role, action, target, origin, outcome, prev_hash, hash) SELECT 6, at, actor, role, action, target, origin, outcome, hash, hash FROM audit WHERE seq = 5", "" },
    };

    [Theory]
    [MemberData(nameof(Tampering), MemberType = typeof(StoreContractTests))]
    public async Task Audit_Tampering_IsDetected(string what, string sql, string expected)
    {
        using var dir = new TempDirectory();
        await using var store = new StoreUnderTest(await OpenAsync(dir));
        for (var i = 1; i <= 5; i++) await store.Audit.AppendAsync(Event(i), CancellationToken.None);
        Assert.True((await store.Audit.VerifyAsync(CancellationToken.None)).Intact);

        await ExecuteSqlAsync(dir, LiftAuditProtection + sql);

        var result = await store.Audit.VerifyAsync(CancellationToken.None);
        Assert.False(result.Intact, what);
        Assert.Contains(result.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }
}

// Group commit: many concurrent appends through the batcher, one chain, each caller its own record.
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Audit_ConcurrentAppendsThroughTheBatcher_FormOneIntactChain()
    {
        using var dir = new TempDirectory();
        await using var store = new StoreUnderTest(await OpenAsync(dir));
        var direct = await store.Audit.AppendAsync(Event(0), CancellationToken.None);

        AuditRecord[] records;
        await using (var batcher = new AuditBatcher(store.Audit, maxBatch: 64))
            records = await Task.WhenAll(Enumerable.Range(1, 400).Select(i => Task.Run(() => batcher.AppendAsync(Event(i), CancellationToken.None))));

        // Each caller got the record of its own event, and together they continue the chain without gaps.
        Assert.All(records.Select((r, i) => (r, i)), x => Assert.Equal($"user-{x.i + 1}", x.r.Actor));
        Assert.Equal(Enumerable.Range(2, 400).Select(i => (long)i), records.Select(r => r.Sequence).Order());
        var stored = await store.Audit.ReadAsync(0, int.MaxValue, CancellationToken.None);
        Assert.Equal(401, stored.Count);
        Assert.Equal(direct, stored[0]);
        Assert.Equal(records.OrderBy(r => r.Sequence), stored.Skip(1));
        var verification = await store.Audit.VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, string.Join("; ", verification.Problems));
    }

    [Fact]
    public async Task Audit_AppendMany_StoresAllInOrder()
    {
        using var dir = new TempDirectory();
        await using var store = new StoreUnderTest(await OpenAsync(dir));

        var records = await store.Audit.AppendManyAsync([Event(1), Event(2), Event(3)], CancellationToken.None);

        Assert.Equal([1L, 2, 3], records.Select(r => r.Sequence));
        Assert.Equal(records, await store.Audit.ReadAsync(0, 10, CancellationToken.None));
        Assert.True((await store.Audit.VerifyAsync(CancellationToken.None)).Intact);
    }
}
