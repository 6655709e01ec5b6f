using Traceability.Core.Reports;
using Traceability.Storage.Csv;
using Traceability.Storage.Reports;

namespace Traceability.Storage.Tests.Reports;

public sealed class SpreadsheetSafeTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("plain", "plain")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Cell_FormulaStart_GetsALeadingApostrophe(string value, string expected) =>
        Assert.Equal(expected, SpreadsheetSafe.Cell(value));

    [Fact]
    public void WorksiteCsv_HostileNames_EveryCellIsNeutralized()
    {
        var report = WorksiteReportBuilder.Build(HostileGraph.Risk(), ReportScope.Product("=cmd"), [], new ReportOptions(new DateOnly(2026, 11, 1)), CancellationToken.None);

        var text = WorksiteCsv.Render(report);

        using var reader = new CsvReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        var header = reader.Read()!;
        Assert.Equal(WorksiteCsv.Columns, header.Fields);
        var rows = new List<string[]>();
        while (reader.Read() is { } r) rows.Add(r.Fields);
        Assert.Equal(2, rows.Count);
        foreach (var cell in rows.SelectMany(r => r))
            Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"unsafe cell: {cell}");
        var all = rows.SelectMany(r => r).ToList();
        foreach (var payload in HostileGraph.Payloads) Assert.Contains(all, c => c.Contains("'" + payload, StringComparison.Ordinal));
        Assert.Contains("'@owner", all);
        Assert.Contains("'=cmd", all);
    }

    [Fact]
    public void WorksiteHtml_HostileNames_AreEncoded()
    {
        var report = WorksiteReportBuilder.Build(HostileGraph.Risk(), ReportScope.Product("=cmd"), [], new ReportOptions(new DateOnly(2026, 11, 1)), CancellationToken.None);

        var html = WorksiteHtml.Render(report);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("default-src 'none'", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain(" src=", html);
    }
}
