using System.Text.Json;

namespace Traceability.Cli.Tests.Commands;

public sealed class ReportCommandTests
{
    private static async Task<(Traceability.Tests.TempDirectory Dir, string Db)> WithEvidenceAsync()
    {
        var (dir, db) = await Cli.DemoAsync();
        dir.Write("docs/census.pdf", "census");
        dir.Write("evidence.csv", """
            node,kind,title,date,issuer,file,url
            fac-ru-tynda-logging,workforce-composition,=Workforce census,2026-03-01,@Audit Co,docs/census.pdf,
            fac-ru-tynda-logging,wage-payment,Payroll review,2024-06-01,-Payroll firm,,
            co-us-cedarline,labor-policy,Supplier code of conduct,2026-02-01,,,https://example.org/code.pdf
            """);
        var r = await Cli.RunAsync("evidence", "import", dir.File("evidence.csv"), "--db", db);
        Assert.True(r.Exit == 0, r.Err);
        return (dir, db);
    }

    [Theory]
    [InlineData("worksites", "json")]
    [InlineData("worksites", "csv")]
    [InlineData("worksites", "html")]
    [InlineData("dossier", "json")]
    [InlineData("dossier", "html")]
    public async Task Report_Rerun_IsByteIdentical(string report, string format)
    {
        var (dir, db) = await WithEvidenceAsync();
        using var cleanup = dir;
        string[] Args(string file) => report == "worksites"
            ? ["report", "worksites", "--importer", "co-us-cedarline", "--format", format, "--out", dir.File(file), "--as-of", "2026-11-01", "--db", db]
            : ["report", "dossier", "prod-larch-engineered-flooring", "--format", format, "--out", dir.File(file), "--as-of", "2026-11-01", "--db", db];

        var first = await Cli.RunAsync(Args("a." + format));
        var second = await Cli.RunAsync(Args("b." + format));

        Assert.True(first.Exit == 0, first.Err);
        Assert.True(second.Exit == 0, second.Err);
        var a = await File.ReadAllBytesAsync(dir.File("a." + format));
        Assert.True(a.Length > 500);
        Assert.Equal(a, await File.ReadAllBytesAsync(dir.File("b." + format)));
        var text = System.Text.Encoding.UTF8.GetString(a);
        Assert.Contains("2026-11-01", text);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-ddTHH", System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.NotEqual(0xEF, a[0]);
    }

    [Fact]
    public async Task Worksites_Json_HasHeaderVersionsAndEvidenceStatus()
    {
        var (dir, db) = await WithEvidenceAsync();
        using var cleanup = dir;

        var r = await Cli.RunAsync("report", "worksites", "--product", "prod-larch-engineered-flooring", "--format", "json", "--out", dir.File("w.json"), "--as-of", "2026-11-01", "--db", db);

        Assert.True(r.Exit == 0, r.Err);
        Assert.Contains("1 carrying the 321(b) presumption", r.Out);
        var doc = JsonDocument.Parse(await File.ReadAllTextAsync(dir.File("w.json"))).RootElement;
        var header = doc.GetProperty("header");
        Assert.Equal(1, header.GetProperty("snapshotVersion").GetInt64());
        Assert.Contains("dol-goods.csv@", header.GetProperty("listsVersion").GetString());
        Assert.Equal("2026-11-01", header.GetProperty("asOf").GetString());
        Assert.Equal("product", header.GetProperty("scope").GetString());
        var tynda = doc.GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "fac-ru-tynda-logging");
        var evidence = tynda.GetProperty("evidence");
        Assert.Equal(["workforce-composition", "labor-policy"], evidence.GetProperty("present").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["wage-payment"], evidence.GetProperty("stale").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal("per-ru-gennady-zorin", tynda.GetProperty("parent").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Worksites_Csv_NeutralizesFormulaCellsFromEvidenceAndGraph()
    {
        var (dir, db) = await WithEvidenceAsync();
        using var cleanup = dir;

        var r = await Cli.RunAsync("report", "worksites", "--all", "--format", "csv", "--out", dir.File("w.csv"), "--as-of", "2026-11-01", "--db", db);

        Assert.True(r.Exit == 0, r.Err);
        using var csv = new Storage.Csv.CsvReader(File.OpenRead(dir.File("w.csv")));
        csv.Read();
        var rows = 0;
        while (csv.Read() is { } row)
        {
            rows++;
            Assert.All(row.Fields, c => Assert.False(c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r', c));
        }
        Assert.True(rows > 50);
    }

    [Fact]
    public async Task Worksites_NoScopeOrTwoScopes_IsAUsageError()
    {
        var none = await Cli.RunAsync("report", "worksites", "--format", "csv", "--out", "x.csv");
        var two = await Cli.RunAsync("report", "worksites", "--all", "--product", "p", "--format", "csv", "--out", "x.csv");
        var badDate = await Cli.RunAsync("report", "dossier", "p", "--format", "html", "--out", "x.html", "--as-of", "01/11/2026");
        var badFormat = await Cli.RunAsync("report", "dossier", "p", "--format", "csv", "--out", "x.csv");

        Assert.Equal(2, none.Exit);
        Assert.Contains("exactly one of", none.Err);
        Assert.Equal(2, two.Exit);
        Assert.Equal(2, badDate.Exit);
        Assert.Contains("--as-of", badDate.Err);
        Assert.Equal(2, badFormat.Exit);
    }

    [Fact]
    public async Task Dossier_UnknownProduct_Exits1()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;

        var r = await Cli.RunAsync("report", "dossier", "prod-nope", "--format", "html", "--out", dir.File("d.html"), "--db", db);

        Assert.Equal(1, r.Exit);
        Assert.Contains("prod-nope", r.Err);
        Assert.False(File.Exists(dir.File("d.html")));
    }
}
