using System.Text.Json;

namespace Traceability.Cli.Tests.Commands;

public sealed class EvidenceCommandTests
{
    [Fact]
    public async Task AddAndList_WithFile_RecordsItsSha256()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;
        var file = dir.Write("audit.pdf", "audit report");

        var add = await Cli.RunAsync("evidence", "add", "--node", "fac-na-karibib-quarry", "--kind", "wage-payment", "--title", "Payroll audit",
            "--date", "2026-05-01", "--issuer", "Audit Co", "--file", file, "--json", "--db", db);
        var list = await Cli.RunAsync("evidence", "list", "--node", "fac-na-karibib-quarry", "--json", "--db", db);
        var audit = await Cli.RunAsync("audit", "show", "--db", db, "--json");

        Assert.True(add.Exit == 0, add.Err);
        var item = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().Single();
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))), item.GetProperty("sha256").GetString());
        Assert.Equal("2026-05-01", item.GetProperty("date").GetString());
        Assert.Contains("addEvidence", audit.Out);
    }

    [Fact]
    public async Task Add_BadInput_IsAUsageError_NamingEachOption()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;

        var r = await Cli.RunAsync("evidence", "add", "--node", "nope", "--kind", "bogus", "--title", "t", "--date", "2026-13-01", "--db", db);
        var both = await Cli.RunAsync("evidence", "add", "--node", "x", "--kind", "k", "--title", "t", "--file", "a", "--url", "https://x", "--db", db);
        var list = await Cli.RunAsync("evidence", "list", "--db", db);

        Assert.Equal(2, r.Exit);
        Assert.Contains("--node: no node with id 'nope'", r.Err);
        Assert.Contains("--kind: unknown evidence kind 'bogus'", r.Err);
        Assert.Contains("--date:", r.Err);
        Assert.Equal(2, both.Exit);
        Assert.Contains("no evidence on file", list.Out);
    }

    [Fact]
    public async Task Import_BadCsv_Exits1_NamesFileLineColumn_AndStoresNothing()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;
        var csv = dir.Write("evidence.csv", "node,kind,title,date,file\nfac-ru-tynda-logging,wage-payment,ok,2026-01-01,\nfac-ru-tynda-logging,nope,bad,2026-01-01,\nfac-ru-tynda-logging,wage-payment,gone,2026-01-01,gone.pdf\n");

        var r = await Cli.RunAsync("evidence", "import", csv, "--db", db);
        var list = await Cli.RunAsync("evidence", "list", "--db", db);

        Assert.Equal(1, r.Exit);
        Assert.Contains("evidence.csv:3: column 'kind': unknown evidence kind 'nope'", r.Err);
        Assert.Contains("evidence.csv:4: column 'file': no such file", r.Err);
        Assert.Contains("nothing was changed", r.Err);
        Assert.Contains("no evidence on file", list.Out);
    }

    [Fact]
    public async Task Checklist_SetThenShow_KeepsTheLatestAnswer()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;

        var unknown = await Cli.RunAsync("checklist", "set", "co-nowhere", "--question", "10", "--answer", "no", "--db", db);
        var bad = await Cli.RunAsync("checklist", "set", "fac-cn-dandong-seafood", "--question", "99", "--answer", "yes", "--db", db);
        var second = await Cli.RunAsync("checklist", "set", "fac-cn-dandong-seafood", "--question", "supplier-vetting", "--answer", "partial", "--date", "2026-04-01", "--note", "questionnaire sent", "--db", db);
        var show = await Cli.RunAsync("checklist", "show", "fac-cn-dandong-seafood", "--json", "--db", db);

        Assert.Equal(1, unknown.Exit);
        Assert.Contains("co-nowhere", unknown.Err);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("--question", bad.Err);
        Assert.True(second.Exit == 0, second.Err);
        var doc = JsonDocument.Parse(show.Out).RootElement;
        Assert.Equal(1, doc.GetProperty("answered").GetInt32());
        var q = doc.GetProperty("questions").EnumerateArray().Single(x => x.GetProperty("question").GetString() == "supplier-vetting");
        Assert.Equal(("partial", "2026-04-01"), (q.GetProperty("answer").GetString(), q.GetProperty("date").GetString()));
        Assert.Equal(13, doc.GetProperty("questions").GetArrayLength());
    }
}
