using System.Text.Json;
using Traceability.Tests;

namespace Traceability.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task NoCommand_IsAUsageError()
    {
        var r = await Cli.RunAsync();
        Assert.Equal(2, r.Exit);
        Assert.Contains("error:", r.Err);
    }

    [Fact]
    public async Task UnknownOption_IsAUsageError()
    {
        var r = await Cli.RunAsync("stats", "--bogus");
        Assert.Equal(2, r.Exit);
        Assert.Contains("--bogus", r.Err);
    }

    [Fact]
    public async Task Import_MalformedFile_Exits1_NamesFileAndLine_AndChangesNothing()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;
        var before = (await Cli.RunAsync("stats", "--db", db, "--json")).Out;
        dir.Write("bad/nodes.csv", "id:ID,:LABEL,name,country,facilityType\nx1,Facility,Good,CN,mine\nx2,Facility,Bad,ZZ,mine\n");

        var r = await Cli.RunAsync("import", dir.File("bad"), "--db", db);

        Assert.Equal(1, r.Exit);
        Assert.Contains("nodes.csv:3: column 'country': 'ZZ' is not an ISO 3166-1 alpha-2 country code", r.Err);
        Assert.Contains("nothing was changed", r.Err);
        Assert.Equal(Strip(before), Strip((await Cli.RunAsync("stats", "--db", db, "--json")).Out));
    }

    [Fact]
    public async Task Demo_ImportsTheDemoNetwork_AndSecondRunChangesNothing()
    {
        using var dir = new TempDirectory();
        var db = dir.File("d.db");

        var first = await Cli.RunAsync("demo", "--db", db, "--no-serve");
        var second = await Cli.RunAsync("demo", "--db", db, "--no-serve");

        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("301 inserted", first.Out);
        Assert.Contains("presumptively barred", first.Out);
        Assert.Equal(0, second.Exit);
        Assert.Contains("nothing changed", second.Out);
    }

    [Fact]
    public async Task Trace_Json_HasTheDocumentedFields()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;

        var r = await Cli.RunAsync("trace", "prod-galvanized-bolts-cn", "--db", db, "--json", "--limit", "2");

        Assert.True(r.Exit == 0, r.Err);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal("prod-galvanized-bolts-cn", root.GetProperty("product").GetString());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("pathCount").ValueKind);
        Assert.True(root.GetProperty("presumption").GetBoolean());
        Assert.True(root.GetProperty("snapshotVersion").GetInt64() >= 1);
        Assert.NotEmpty(root.GetProperty("origins").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("untraced").EnumerateArray());
        Assert.Equal(2, root.GetProperty("paths").GetArrayLength());
        Assert.False(root.GetProperty("truncated").GetBoolean());
        Assert.Equal(JsonValueKind.String, root.GetProperty("cursor").ValueKind);
        foreach (var f in root.GetProperty("flags").EnumerateArray())
            foreach (var field in new[] { "node", "kind", "rule", "basis", "severity", "pathsThrough", "explanation" })
                Assert.True(f.TryGetProperty(field, out _), $"flag lacks {field}");
        Assert.Contains(root.GetProperty("flags").EnumerateArray(), f => f.GetProperty("kind").GetString() == "NK_LABOR");
    }

    [Fact]
    public async Task Trace_CursorPages_CoverEveryPathOnce()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;
        var all = JsonDocument.Parse((await Cli.RunAsync("trace", "prod-embroidered-sweatshirt", "--db", db, "--json", "--limit", "100")).Out)
            .RootElement.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("nodes").ToString()).ToList();

        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var args = new List<string> { "trace", "prod-embroidered-sweatshirt", "--db", db, "--json", "--limit", "1" };
            if (cursor is not null) args.AddRange(["--cursor", cursor]);
            var page = JsonDocument.Parse((await Cli.RunAsync([.. args])).Out).RootElement;
            paged.AddRange(page.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("nodes").ToString()));
            cursor = page.GetProperty("cursor").GetString();
        } while (cursor is not null);

        Assert.Equal(all, paged);
        Assert.True(all.Count >= 3);
    }

    [Fact]
    public async Task Trace_Errors_HaveTheRightExitCodes()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;

        var missing = await Cli.RunAsync("trace", "prod-nope", "--db", db);
        var company = await Cli.RunAsync("trace", "co-namgang", "--db", db);
        var badKind = await Cli.RunAsync("trace", "prod-pima-polo-pe", "--db", db, "--kind", "FORCED");
        var badCursor = await Cli.RunAsync("trace", "prod-pima-polo-pe", "--db", db, "--cursor", "garbage!");
        var badLimit = await Cli.RunAsync("trace", "prod-pima-polo-pe", "--db", db, "--limit", "-3");

        Assert.Equal((1, true), (missing.Exit, missing.Err.Contains("no node with id 'prod-nope'")));
        Assert.Equal(2, company.Exit);
        Assert.Equal((2, true), (badKind.Exit, badKind.Err.Contains("unknown flag kind 'FORCED'")));
        Assert.Equal((2, true), (badCursor.Exit, badCursor.Err.Contains("--cursor")));
        Assert.Equal((2, true), (badLimit.Exit, badLimit.Err.Contains("limit")));
    }

    [Fact]
    public async Task Trace_Ladder_PrintsTwoToThe64AsAJsonInteger()
    {
        using var dir = new TempDirectory();
        var nodes = new System.Text.StringBuilder("id:ID,:LABEL,name,country,facilityType\np,Product,Ladder product,,\n");
        var rels = new System.Text.StringBuilder(":START_ID,:END_ID,:TYPE\n");
        for (var s = 0; s < 64; s++)
            foreach (var x in "ab") nodes.Append($"s{s}{x},Facility,Stage {s}{x},VN,{(s == 0 ? "mine" : "factory")}\n");
        for (var s = 0; s < 63; s++)
            foreach (var x in "ab") foreach (var y in "ab") rels.Append($"s{s}{x},s{s + 1}{y},SUPPLIES\n");
        rels.Append("s63a,p,SUPPLIES\ns63b,p,SUPPLIES\n");
        dir.Write("ladder/nodes.csv", nodes.ToString());
        dir.Write("ladder/rels.csv", rels.ToString());
        var db = dir.File("l.db");
        Assert.Equal(0, (await Cli.RunAsync("import", dir.File("ladder"), "--db", db)).Exit);

        var r = await Cli.RunAsync("trace", "p", "--db", db, "--json", "--limit", "3");

        Assert.Contains("\"pathCount\": 18446744073709551616,", r.Out);
        Assert.Equal(3, JsonDocument.Parse(r.Out).RootElement.GetProperty("paths").GetArrayLength());
    }

    [Fact]
    public async Task Exposure_JsonThenSince_ReportsChanges()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;
        var first = await Cli.RunAsync("exposure", "--db", db, "--json");
        File.WriteAllText(dir.File("before.json"), first.Out);
        dir.Write("change/nodes.csv", "id:ID,:LABEL,name,nationality,workers:int\nls-new-kp,LaborSource,New KP crew,KP,30\n");
        dir.Write("change/rels.csv", ":START_ID,:END_ID,:TYPE\nls-new-kp,fac-pe-ginnery,WORKS_AT\n");
        var imported = await Cli.RunAsync("import", dir.File("change"), "--db", db);
        Assert.True(imported.Exit == 0, imported.Err);

        var since = await Cli.RunAsync("exposure", "--db", db, "--since", dir.File("before.json"), "--json");

        Assert.True(since.Exit == 0, since.Err);
        var diff = JsonDocument.Parse(since.Out).RootElement.GetProperty("since");
        Assert.Contains("prod-pima-polo-pe", diff.GetProperty("newlyBarred").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("prod-pima-polo-pe", diff.GetProperty("newlyExposed").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task Exposure_Csv_HasAHeaderAndOneRowPerProduct()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;
        var r = await Cli.RunAsync("exposure", "--db", db, "--csv");
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("product,name,presumption", lines[0]);
        Assert.Equal(17, lines.Length);
    }

    [Fact]
    public async Task Connect_FindsHowASupplierIsConnectedToABlockedCompany()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;
        var r = await Cli.RunAsync("connect", "fac-cn-yantai-zinc-smelter", "co-namgang", "--db", db, "--json", "--k", "3");
        Assert.True(r.Exit == 0, r.Err);
        var root = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal(1, root.GetProperty("distance").GetInt32());
        Assert.True(root.GetProperty("connections").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task ExportThenImport_IntoANewDatabase_GivesTheSameStats()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;
        Assert.Equal(0, (await Cli.RunAsync("export", "--db", db, "--out", dir.File("out"))).Exit);
        var copy = dir.File("copy.db");
        Assert.Equal(0, (await Cli.RunAsync("import", dir.File("out"), "--db", copy)).Exit);
        Assert.Equal(Counts((await Cli.RunAsync("stats", "--db", db, "--json")).Out), Counts((await Cli.RunAsync("stats", "--db", copy, "--json")).Out));
    }

    private static string Counts(string statsJson)
    {
        var root = JsonDocument.Parse(statsJson).RootElement;
        return root.GetProperty("nodes").ToString() + root.GetProperty("relationships").ToString();
    }

    private static string Strip(string statsJson) => Counts(statsJson) + JsonDocument.Parse(statsJson).RootElement.GetProperty("graphVersion");
}
