using Microsoft.Extensions.FileProviders;
using Traceability.Storage.Reports;

namespace Traceability.Api.Web;

/// <summary>
/// The investigator page: HTML, scripts, styles and the graph libraries, embedded in this assembly at build time (see
/// WebPage.targets) and served at / without a key. The page asks for the key and sends it with every data call.
/// </summary>
internal static class WebPage
{
    /// <summary>Resource name prefix of the embedded wwwroot folder.</summary>
    public const string ResourceRoot = "Traceability.Api.wwwroot";

    /// <summary>
    /// Content-Security-Policy of the page: its own scripts and styles only, data from its own origin only, no inline script,
    /// no frames, no forms posting elsewhere. The one inline style allowed, by hash, is the HTML reports' stylesheet: the page
    /// opens the reports it fetched as blobs, which inherit this policy.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; script-src 'self'; style-src 'self' {HtmlReports.StyleHashSource}; img-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The embedded files.</summary>
    public static IFileProvider Files { get; } = new EmbeddedFileProvider(typeof(WebPage).Assembly, ResourceRoot);

    /// <summary>Serves the page: / gives index.html; every file carries the policy and is revalidated on each load.</summary>
    public static void UseInvestigatorPage(this WebApplication app)
    {
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = Files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = Files,
            OnPrepareResponse = c =>
            {
                var h = c.Context.Response.Headers;
                h.ContentSecurityPolicy = ContentSecurityPolicy;
                h.XContentTypeOptions = "nosniff";
                h["Referrer-Policy"] = "no-referrer";
                h.CacheControl = "no-cache";
            },
        });
    }
}
