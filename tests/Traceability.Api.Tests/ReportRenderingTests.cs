using Microsoft.Playwright;
using Traceability.Tests;
using Traceability.Tests.Browser;

namespace Traceability.Api.Tests;

/// <summary>The HTML reports, as served by the API, render in headless Chromium, self-contained, with their summary table.</summary>
public sealed class ReportRenderingTests(ApiServerFixture server, BrowserFixture browser) : IClassFixture<ApiServerFixture>, IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("worksites", "/api/reports/worksites?importer=co-us-keystone&format=html&asOf=2026-11-01", "facilities-table")]
    [InlineData("dossier", "/api/reports/dossier/prod-galvanized-bolts-cn?format=html&asOf=2026-11-01", "evidence-matrix")]
    public async Task HtmlReport_RendersWithItsSummaryTable_LoadsNothing_AndPrints(string name, string path, string table)
    {
        var folder = RepoPaths.Artifacts("reports");
        using var client = server.Server.Client("investigator");
        var html = await client.GetStringAsync(path);
        var file = Path.Combine(folder, name + ".html");
        await File.WriteAllTextAsync(file, html);
        var requests = new List<string>();
        var page = await browser.NewPageAsync(requests);

        await page.GotoAsync(new Uri(file).AbsoluteUri);

        var summary = page.Locator("#summary-table");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.True(await summary.Locator("tr").CountAsync() >= 10);
        Assert.Equal("Summary", await page.Locator("#summary h2").InnerTextAsync());
        var box = await summary.BoundingBoxAsync();
        Assert.True(box is { Y: < 300 }, $"the summary should open the page, found at {box?.Y}");
        Assert.True(await page.Locator($"#{table} tbody tr").CountAsync() > 0);
        Assert.Equal([new Uri(file).AbsoluteUri], requests);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.flag')).backgroundColor"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-print.png"), FullPage = true });
        var pdf = await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(folder, name + ".pdf"), PreferCSSPageSize = true, PrintBackground = true });
        Assert.True(pdf.Length > 10_000);
        Assert.True(new FileInfo(Path.Combine(folder, name + ".png")).Length > 10_000);
        await page.Context.CloseAsync();
    }
}
