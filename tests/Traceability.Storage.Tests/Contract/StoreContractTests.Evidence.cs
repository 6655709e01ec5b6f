using System.Security.Cryptography;
using Traceability.Core.Audit;
using Traceability.Core.Checklists;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Snapshots;
using Traceability.Storage.Evidence;
using Traceability.Core.Storage;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

/// <summary>Evidence and checklists: the same behaviour from every store.</summary>
public abstract partial class StoreContractTests
{
    private static readonly DateOnly Today = new(2026, 11, 1);
    private static readonly AuditEvent EvidenceAudit = new("tester", "cli", "importEvidence", "evidence.csv", "cli", "ok");

    private async Task<(EvidenceStoreView Store, GraphSnapshot Graph)> OpenWithSeedAsync(TempDirectory dir)
    {
        var store = await OpenAsync(dir);
        await StoreFixture.ImportAsync(store, RepoPaths.SeedGraph);
        return (new EvidenceStoreView(store), await SnapshotBuilder.LoadAsync(store, CancellationToken.None));
    }

    /// <summary>One store seen as graph, evidence and audit store.</summary>
    protected sealed class EvidenceStoreView(IGraphStore graph) : IAsyncDisposable
    {
        public IGraphStore Graph { get; } = graph;

        private IEvidenceStore Evidence => (IEvidenceStore)Graph;

        private IAuditStore Trail => (IAuditStore)Graph;

        public Task<IReadOnlyList<EvidenceItem>> AddEvidenceAsync(IReadOnlyList<EvidenceDraft> items, string by, AuditEvent audit, CancellationToken ct) => Evidence.AddEvidenceAsync(items, by, audit, ct);

        public Task<IReadOnlyList<EvidenceItem>> ListEvidenceAsync(NodeId? node, CancellationToken ct) => Evidence.ListEvidenceAsync(node, ct);

        public Task<IReadOnlyList<ChecklistAnswer>> SetChecklistAsync(NodeId supplier, IReadOnlyList<ChecklistDraft> answers, string by, AuditEvent audit, CancellationToken ct) => Evidence.SetChecklistAsync(supplier, answers, by, audit, ct);

        public Task<IReadOnlyList<ChecklistAnswer>> GetChecklistAsync(NodeId? supplier, CancellationToken ct) => Evidence.GetChecklistAsync(supplier, ct);

        public Task<IReadOnlyList<AuditRecord>> ReadAsync(long after, int limit, CancellationToken ct) => Trail.ReadAsync(after, limit, ct);

        public Task<AuditVerification> VerifyAsync(CancellationToken ct) => Trail.VerifyAsync(ct);

        public ValueTask DisposeAsync() => Graph.DisposeAsync();
    }

    [Fact]
    public async Task Import_GoodCsv_StoresEveryRow_HashesTheFile_AndWritesOneAuditRecord()
    {
        using var dir = new TempDirectory();
        var (store, graph) = await OpenWithSeedAsync(dir);
        await using var _ = store;
        var doc = dir.WriteBytes("docs/census.pdf", [1, 2, 3, 4, 5]);
        var csv = dir.Write("evidence.csv", """
            node,kind,title,date,issuer,file,url
            fac-ru-tynda-logging,workforce-composition,Workforce census,2026-03-01,Audit Co,docs/census.pdf,
            co-us-cedarline,labor-policy,Supplier code of conduct,2026-02-01,,,https://example.org/code.pdf
            ls-kp-tynda,recruitment-fees,Fee interviews,,,,
            """);
        var auditBefore = (await store.ReadAsync(0, int.MaxValue, CancellationToken.None)).Count;

        var drafts = EvidenceCsvReader.Read(csv, graph, Today);
        var items = await store.AddEvidenceAsync(drafts, "tester", EvidenceAudit, CancellationToken.None);

        Assert.Equal(3, items.Count);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(doc))), items[0].Sha256);
        Assert.Equal(Path.GetFullPath(doc), items[0].File);
        Assert.Null(items[1].Sha256);
        Assert.Equal("https://example.org/code.pdf", items[1].Url);
        Assert.Null(items[2].Date);
        Assert.Equal("tester", items[0].RecordedBy);
        Assert.Equal(3, (await store.ListEvidenceAsync(null, CancellationToken.None)).Count);
        Assert.Single(await store.ListEvidenceAsync(new NodeId("ls-kp-tynda"), CancellationToken.None));
        var trail = (await store.ReadAsync(0, int.MaxValue, CancellationToken.None)).Skip(auditBefore).ToList();
        var record = Assert.Single(trail);
        Assert.Contains($"evidence {items[0].Id}..{items[2].Id}", record.Target);
        Assert.True((await store.VerifyAsync(CancellationToken.None)).Intact);
    }

    [Fact]
    public async Task Import_BadRows_RejectedWithFileLineAndColumn_AndNothingStored()
    {
        using var dir = new TempDirectory();
        var (store, graph) = await OpenWithSeedAsync(dir);
        await using var _ = store;
        var csv = dir.Write("evidence.csv", """
            node,kind,title,date,issuer,file,url
            fac-ru-tynda-logging,workforce-composition,Good row,2026-03-01,,,
            fac-ru-tynda-logging,forced-labour-audit,Bad kind,2026-03-01,,,
            fac-nowhere,wage-payment,Unknown node,2026-03-01,,,
            fac-ru-tynda-logging,wage-payment,Bad date,2026-02-30,,,
            fac-ru-tynda-logging,wage-payment,Missing file,2026-03-01,,missing.pdf,
            fac-ru-tynda-logging,wage-payment,Future,2027-01-01,,,
            mat-pollock,wage-payment,Wrong label,,,,
            fac-ru-tynda-logging,wage-payment,,,,,
            fac-ru-tynda-logging,wage-payment,Both,,,x.pdf,https://example.org
            fac-ru-tynda-logging,wage-payment,Bad url,,,,ftp://example.org/x
            """);
        var before = await StoreFixture.StateAsync(store.Graph);

        var e = Assert.Throws<ImportFailedException>(() => EvidenceCsvReader.Read(csv, graph, Today));

        var errors = e.Errors.Select(x => x.ToString()).ToList();
        Assert.Contains(errors, x => x.StartsWith("evidence.csv:3: column 'kind': unknown evidence kind 'forced-labour-audit'", StringComparison.Ordinal));
        Assert.Contains(errors, x => x.StartsWith("evidence.csv:4: column 'node': no node with id 'fac-nowhere'", StringComparison.Ordinal));
        Assert.Contains("evidence.csv:5: column 'date': '2026-02-30' is not a date (yyyy-MM-dd)", errors);
        Assert.Contains(errors, x => x.StartsWith("evidence.csv:6: column 'file': no such file", StringComparison.Ordinal));
        Assert.Contains(errors, x => x.StartsWith("evidence.csv:7: column 'date': 2027-01-01 is after today", StringComparison.Ordinal));
        Assert.Contains(errors, x => x.StartsWith("evidence.csv:8: column 'node': 'mat-pollock' is a Material", StringComparison.Ordinal));
        Assert.Contains("evidence.csv:9: column 'title': is required", errors);
        Assert.Contains("evidence.csv:10: column 'file': give a file or a URL, not both", errors);
        Assert.Contains(errors, x => x.StartsWith("evidence.csv:11: column 'url':", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, x => x.StartsWith("evidence.csv:2:", StringComparison.Ordinal));
        Assert.Empty(await store.ListEvidenceAsync(null, CancellationToken.None));
        Assert.Equal(before, await StoreFixture.StateAsync(store.Graph));
    }

    [Fact]
    public async Task Import_MissingColumnOrEmptyFile_IsRejected()
    {
        using var dir = new TempDirectory();
        var (store, graph) = await OpenWithSeedAsync(dir);
        await using var _ = store;

        var noKind = Assert.Throws<ImportFailedException>(() => EvidenceCsvReader.Read(dir.Write("a.csv", "node,title\nx,y\n"), graph, Today));
        var empty = Assert.Throws<ImportFailedException>(() => EvidenceCsvReader.Read(dir.Write("b.csv", "node,kind,title\n"), graph, Today));

        Assert.Contains(noKind.Errors, x => x.Column == "kind" && x.Message.StartsWith("missing column", StringComparison.Ordinal));
        Assert.Equal("no evidence rows after the header", Assert.Single(empty.Errors).Message);
    }

    [Fact]
    public void Intake_ConfinedUpload_RefusesPathsOutsideTheUploadFolder()
    {
        using var dir = new TempDirectory();
        dir.Write("upload/doc.pdf", "x");
        dir.Write("secret.txt", "x");
        var graph = new SnapshotBuilder();
        graph.Add(new GraphNode(new NodeId("f"), "Facility", PropertyBag.From([new("name", "F")])));
        var g = graph.Build(1);
        var files = new EvidenceFiles(dir.File("upload"), Confined: true);
        EvidenceDraft? Check(string file, List<(string, string)> problems) =>
            EvidenceIntake.Check(g, new EvidenceInput("f", "wage-payment", "t", null, null, file, null), files, Today, problems);

        var ok = Check("doc.pdf", []);
        var problems = new List<(string Field, string Message)>();
        Assert.Null(Check("../secret.txt", problems));
        Assert.Null(Check(dir.File("secret.txt"), problems));

        Assert.Equal("doc.pdf", ok!.File);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("file", p.Field));
    }

    [Fact]
    public async Task Checklist_LatestAnswerWins_HistoryKept_AuditPerChange()
    {
        using var dir = new TempDirectory();
        var (store, _) = await OpenWithSeedAsync(dir);
        await using var __ = store;
        var supplier = new NodeId("fac-ru-tynda-logging");
        var audit = new AuditEvent("tester", "cli", "setChecklist", "x", "cli", "ok");
        var before = (await store.ReadAsync(0, int.MaxValue, CancellationToken.None)).Count;

        await store.SetChecklistAsync(supplier, [new("supplier-vetting", ChecklistAnswerValue.No, new DateOnly(2026, 1, 1), "none yet"),
            new("internal-audits", ChecklistAnswerValue.Partial, null, null)], "tester", audit, CancellationToken.None);
        var current = await store.SetChecklistAsync(supplier, [new("supplier-vetting", ChecklistAnswerValue.Yes, new DateOnly(2026, 6, 1), "questionnaire")],
            "tester", audit, CancellationToken.None);

        Assert.Equal(["internal-audits", "supplier-vetting"], current.Select(a => a.Question));
        var vetting = current.Single(a => a.Question == "supplier-vetting");
        Assert.Equal((ChecklistAnswerValue.Yes, new DateOnly(2026, 6, 1), "questionnaire"), (vetting.Answer, vetting.Date!.Value, vetting.Note));
        Assert.Equal(2, (await store.ReadAsync(0, int.MaxValue, CancellationToken.None)).Count - before);
        Assert.Empty(await store.GetChecklistAsync(new NodeId("co-us-harborline"), CancellationToken.None));
    }
}
