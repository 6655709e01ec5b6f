using System.Security.Cryptography;
using System.Text;

namespace Traceability.Storage.Reports;

/// <summary>What a page that opens the HTML reports needs to know about them.</summary>
public static class HtmlReports
{
    /// <summary>
    /// Content-Security-Policy source (<c>'sha256-…'</c>) of the reports' one inline stylesheet. A page that fetches a report
    /// and opens it as a blob passes its own policy on to it; allowing this hash lets the report keep its styles without
    /// allowing any other inline style.
    /// </summary>
    public static string StyleHashSource { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Html.StyleText))) + "'";
}
