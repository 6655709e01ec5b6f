using Microsoft.Playwright;

namespace Traceability.Tests.Browser;

/// <summary>
/// Headless Chromium through Playwright, launched from Debian's package (/usr/bin/chromium, or CHROMIUM_PATH): Playwright's
/// own browser download is not used. Without the binary a test skips with the reason, except under CI=true, where it fails.
/// Share one per test class (IClassFixture); each test opens its own page. A test project uses it by adding the
/// Microsoft.Playwright package and compiling tests/Shared/Browser/*.cs.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly string[] Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : DefaultPath;

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            _unavailable = $"headless Chromium not found at {ExecutablePath} (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH)";
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }

    /// <summary>The browser; skips the test when Chromium is missing (fails under CI=true).</summary>
    public IBrowser Browser
    {
        get
        {
            if (_browser is not null) return _browser;
            if (OnCi) Assert.Fail("CI=true and " + _unavailable);
            Assert.Skip(_unavailable!);
            return null!;
        }
    }

    /// <summary>A page in a fresh context of the given viewport; every request it makes is recorded in <paramref name="requests"/>.</summary>
    public async Task<IPage> NewPageAsync(List<string>? requests = null, int width = 1400, int height = 1000)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        if (requests is not null) page.Request += (_, r) => { lock (requests) requests.Add(r.Url); };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
