using System.Text.Json;
using Microsoft.Playwright;
using Traceability.Tests;
using Traceability.Tests.Browser;

namespace Traceability.Api.Tests.Web;

/// <summary>
/// The investigator page in headless Chromium, driven as a person would: typing, clicking buttons and clicking nodes on the
/// canvas at their drawn positions. Reads the graph's state through Cytoscape (window.cy) rather than pixels, records every
/// request and Content-Security-Policy violation, and keeps a screenshot of each step in artifacts/test/web.
/// </summary>
internal sealed class InvestigatorPage(IPage page, Uri server, string test)
{
    public IPage Page => page;

    public List<string> Requests { get; } = [];

    public List<string> Violations { get; } = [];

    public static async Task<InvestigatorPage> OpenAsync(BrowserFixture browser, Uri server, string test, int width = 1500, int height = 1000)
    {
        var page = await browser.NewPageAsync(null, width, height);
        var p = new InvestigatorPage(page, server, test);
        page.Request += (_, r) => { lock (p.Requests) p.Requests.Add(r.Url); };
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (p.Violations) p.Violations.Add(m.Text);
        };
        page.PageError += (_, e) => { lock (p.Violations) p.Violations.Add("page error: " + e); };
        await page.GotoAsync(server.AbsoluteUri);
        await Assertions.Expect(page.Locator("#key-form")).ToBeVisibleAsync();
        return p;
    }

    public ILocator this[string selector] => page.Locator(selector);

    public async Task ShotAsync(string step) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts("web"), $"{test}-{step}.png") });

    public async Task EnterKeyAsync(string key)
    {
        await page.FillAsync("#key-input", key);
        await page.ClickAsync("#key-use");
    }

    public async Task SearchAsync(string text, string? label = null)
    {
        if (label is not null) await page.SelectOptionAsync("#search-label", label);
        await page.FillAsync("#search-input", text);
        await page.ClickAsync("#search-form button[type=submit]");
    }

    /// <summary>Clicks a search result and waits until its upstream is drawn.</summary>
    public async Task OpenResultAsync(string id)
    {
        await page.ClickAsync($"#search-results li[data-id='{id}'] button");
        await WaitForGraphAsync();
    }

    /// <summary>Waits until a layout has finished and been painted (the page then records its time on #graph).</summary>
    public async Task<int> WaitForGraphAsync()
    {
        await page.WaitForFunctionAsync("() => window.cy && cy.nodes().length > 0 && document.getElementById('graph').dataset.layoutMs", null,
            new PageWaitForFunctionOptions { Timeout = 30_000 });
        return int.Parse(await page.GetAttributeAsync("#graph", "data-layout-ms") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<T> EvalAsync<T>(string js, object? arg = null) => page.EvaluateAsync<T>(js, arg);

    public Task<int> NodeCountAsync(string selector = "node") => EvalAsync<int>("s => cy.$(s).length", selector);

    public Task<int> VisibleNodeCountAsync() => EvalAsync<int>("() => cy.nodes().filter(n => n.visible()).length");

    public Task<string[]> ClassesAsync(string id) => EvalAsync<string[]>("id => cy.getElementById(id).classes()", id);

    /// <summary>A node's computed Cytoscape style (what is drawn), e.g. border-color.</summary>
    public Task<string> StyleAsync(string id, string property) =>
        EvalAsync<string>("([id, p]) => cy.getElementById(id).style(p)", new[] { id, property });

    /// <summary>Clicks a node where it is drawn on the canvas.</summary>
    public async Task ClickNodeAsync(string id)
    {
        var at = await EvalAsync<JsonElement>(@"id => {
            const n = cy.getElementById(id);
            cy.center(n);
            const p = n.renderedPosition(), r = cy.container().getBoundingClientRect();
            return { x: r.left + p.x, y: r.top + p.y };
        }", id);
        await page.Mouse.ClickAsync(at.GetProperty("x").GetSingle(), at.GetProperty("y").GetSingle());
    }

    /// <summary>Requests to anything but this server (or in-memory blobs): there should be none.</summary>
    public IReadOnlyList<string> ForeignRequests()
    {
        lock (Requests)
            return [.. Requests.Where(u => !u.StartsWith(server.AbsoluteUri, StringComparison.Ordinal) && !u.StartsWith("blob:", StringComparison.Ordinal))];
    }

    /// <summary>Fails on any Content-Security-Policy violation or script error seen, and on any request to another origin.</summary>
    public void AssertClean()
    {
        lock (Violations) Assert.True(Violations.Count == 0, "violations: " + string.Join("\n", Violations));
        var foreign = ForeignRequests();
        Assert.True(foreign.Count == 0, "requests to other origins: " + string.Join("\n", foreign));
    }

    public Task CloseAsync() => page.Context.CloseAsync();
}
