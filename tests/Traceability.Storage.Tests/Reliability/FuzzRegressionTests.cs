using System.Diagnostics;
using System.Text;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Storage.Json;
using Traceability.Storage.Lists;
using Traceability.Tests;
using Traceability.Tests.Malformed;

namespace Traceability.Storage.Tests.Reliability;

/// <summary>
/// Every crasher the corpus and the fuzzers found, shrunk, as a named test: each used to escape as an exception other than
/// <see cref="ImportFailedException"/> (or to hang, or to pass for valid), and must now be a located error.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly MalformedCorpus.Context Context = new("mx-f1", "/nonexistent/canary", 1);

    private static ImportError Single(Action parse)
    {
        var e = Assert.Throws<ImportFailedException>(parse);
        return Assert.Single(e.Errors);
    }

    private static ImportError GraphJson(string json)
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("graph.json", Encoding.UTF8.GetBytes(json));
        return Single(() => new GraphJsonReader(GraphSchema.Default).Read(path));
    }

    private static ImportError List(string format, string file, byte[] bytes)
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes(file, bytes);
        return Assert.Throws<ImportFailedException>(() => ListParsers.Parse(format, [path])).Errors[0];
    }

    [Fact]
    public void GraphJson_LoneSurrogateInAKey_WasInvalidOperationExceptionFromTheDuplicateCheck()
    {
        // Fuzz seed d5UMZCgXaxw1: [new(0, 0.967, 35, 1)], "\ud800" pasted into the key "properties".
        var error = GraphJson("""{"nodes": [], "relationships": [{"start": "a", "type": "OWNS", "end": "b", "pro\ud800perties": {}}]}""");
        Assert.Contains("not valid text", error.Message);
    }

    [Fact]
    public void GraphJson_LoneSurrogateInAValue_WasInvalidOperationException()
    {
        var error = GraphJson("""{"nodes": [{"id": "a", "label": "Company", "properties": {"name": "\ud800"}}]}""");
        Assert.Contains("not valid text", error.Message);
    }

    [Fact]
    public void GraphJson_InvalidUtf8_WasInvalidOperationException_NowNamesTheLine()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("graph.json", [.. "{\"nodes\": [\n{\"id\": \"a\", \"label\": \"Company\", \"properties\": {\"name\": \"S"u8, 0xE3, .. "o\"}}]}"u8]);
        var utf8 = Single(() => new GraphJsonReader(GraphSchema.Default).Read(path));
        Assert.Equal((2L, true), (utf8.Line, utf8.Message.Contains("invalid UTF-8", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("""{"nodes": [{"id": "a", "label": "Facility", "properties": {"workers": {"a": 1}}}]}""", "wrong type")]
    [InlineData("""{"nodes": [{"id": "a", "label": "Company", "properties": {"aliases": [[1]]}}]}""", "wrong type")]
    [InlineData("""{"nodes": [7]}""", "expected an object")]
    [InlineData("""{"nodes": [], "relationships": "none"}""", "expected an array")]
    [InlineData("""{"nodes": [], "relationships": [true]}""", "expected an object")]
    public void GraphJson_WrongShapes_WereFormatOrInvalidOperationExceptions(string json, string expect)
    {
        Assert.Contains(expect, GraphJson(json).Message);
    }

    [Fact]
    public void GraphJson_DuplicateKeys_PassedWithTheLastValue()
    {
        Assert.Contains("Duplicate", GraphJson("""{"nodes": [{"id": "a", "id": "b", "label": "Company", "properties": {"name": "A"}}]}""").Message);
    }

    [Fact]
    public void Ftm_LoneSurrogateEscape_WasInvalidOperationException()
    {
        var error = List("ftm", "e.json", "{\"id\": \"\\ud800\", \"schema\": \"Company\", \"properties\": {\"name\": [\"A\"]}}\n"u8.ToArray());
        Assert.Equal(1, error.Line);
        Assert.Contains("not valid text", error.Message);
    }

    [Fact]
    public void Ftm_DuplicateKeys_PassedWithTheLastValue()
    {
        var error = List("ftm", "e.json", "{\"id\": \"a\", \"id\": \"b\", \"schema\": \"Company\", \"properties\": {\"name\": [\"A\"]}}\n"u8.ToArray());
        Assert.Contains("Duplicate", error.Message);
    }

    [Fact]
    public void OfacXml_AMillionNestedElements_TookHours_NowRefusedAtDepth65()
    {
        var nested = string.Concat(Enumerable.Repeat("<a>", 1_000_000)) + string.Concat(Enumerable.Repeat("</a>", 1_000_000));
        var clock = Stopwatch.StartNew();

        var error = List("ofac-xml", "sdn.xml", Encoding.UTF8.GetBytes($"<sdnList>\n<sdnEntry><uid>1</uid><lastName>{nested}</lastName></sdnEntry></sdnList>"));

        Assert.Equal(2, error.Line);
        Assert.Contains("nested more than 64 levels", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void OfacAdvancedXml_TenMegabyteAttributeName_PassedSilently()
    {
        var seed = CorpusSeeds.OfacAdvanced.Replace("From-ProfileID", "From-Profile" + new string('A', 10 << 20) + "ID", StringComparison.Ordinal);
        Assert.Contains("name longer than", List("ofac-advanced-xml", "sdn_advanced.xml", Encoding.UTF8.GetBytes(seed)).Message);
    }

    [Fact]
    public void ErrorMessages_QuotingAHugeValue_AreClipped()
    {
        // Fuzz seed ayWWyeFNpY51 (ofac-csv): a 5000-character ent_num was quoted whole in the message.
        var error = List("ofac-csv", "sdn.csv", Encoding.UTF8.GetBytes(new string('A', 5000) + CorpusSeeds.OfacSdn[5..]));
        Assert.True(error.Message.Length <= ImportError.MaxLength, $"{error.Message.Length} characters");
        Assert.Contains("characters in all", error.Message);
    }

    [Fact]
    public void Seeds_ParseCleanly()
    {
        foreach (var format in ListParsers.Formats)
        {
            using var dir = new TempDirectory();
            var paths = MalformedCorpus.SeedFiles(format, Context).Select(f => dir.WriteBytes(f.Key, f.Value)).ToList();
            Assert.NotEmpty(ListParsers.Parse(format, paths).Entries);
        }
    }
}
