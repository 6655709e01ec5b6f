using Traceability.Core.Graph;
using Traceability.Storage.Lists;
using Traceability.Tests;
using static Traceability.Storage.Tests.Lists.ListFixtures;

namespace Traceability.Storage.Tests.Lists;

public sealed class ListParsersTests
{
    [Fact]
    public void Parse_UnknownFormat_ErrorNamesTheFormatArgument()
    {
        var e = Assert.Throws<ImportFailedException>(() => ListParsers.Parse("sdn-pdf", [FixturePath("sdn.xml")]));

        var error = Assert.Single(e.Errors);
        Assert.Equal(("format", 0L), (error.File, error.Line));
        Assert.Contains("unknown list format 'sdn-pdf'", error.Message);
        Assert.Contains("ofac-advanced-xml", error.Message);
    }

    [Theory]
    [InlineData("ofac-xml", 2)]
    [InlineData("ftm", 0)]
    [InlineData("uflpa", 2)]
    [InlineData("cbp-wro", 3)]
    [InlineData("ofac-csv", 0)]
    [InlineData("ofac-csv", 5)]
    public void Parse_WrongFileCount_ErrorNamesThePathsArgument(string format, int count)
    {
        var e = Assert.Throws<ImportFailedException>(() => ListParsers.Parse(format, Enumerable.Repeat(FixturePath("sdn.xml"), count).ToList()));

        var error = Assert.Single(e.Errors);
        Assert.Equal("paths", error.File);
        Assert.Contains($"got {count}", error.Message);
    }

    [Fact]
    public void ParseDol_TwoFiles_ErrorNamesThePathsArgument()
    {
        var e = Assert.Throws<ImportFailedException>(() => ListParsers.ParseDol(["a.csv", "b.csv"]));

        Assert.Equal("paths", Assert.Single(e.Errors).File);
    }

    [Fact]
    public void Parse_MissingFile_ErrorNamesThePath()
    {
        using var dir = new TempDirectory();

        var e = Assert.Throws<ImportFailedException>(() => ListParsers.Parse("ftm", [dir.File("nope.json")]));

        Assert.Equal((dir.File("nope.json"), "no such file"), (Assert.Single(e.Errors).File, e.Errors[0].Message));
    }

    [Fact]
    public void Parse_OfacCsvWithoutSdnCsv_IsAnError()
    {
        var e = Assert.Throws<ImportFailedException>(() => ListParsers.Parse("ofac-csv", [Path.Combine(SdnSample, "add.csv")]));

        Assert.Contains("sdn.csv is required", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void Parse_OfacCsvWithForeignFileName_IsAnError()
    {
        var e = Assert.Throws<ImportFailedException>(() => ListParsers.Parse("ofac-csv", [Path.Combine(SdnSample, "sdn.csv"), FixturePath("sdn.xml")]));

        Assert.Contains("not a file of the OFAC legacy CSV set", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void Formats_EachFormat_ParsesToItsOwnFormatName()
    {
        using var dir = new TempDirectory();
        var inputs = new Dictionary<string, string>
        {
            ["ofac-csv"] = SdnSample,
            ["ofac-xml"] = FixturePath("sdn.xml"),
            ["ofac-advanced-xml"] = FixturePath("sdn_advanced.xml"),
            ["ftm"] = dir.Write("e.json", """{"id":"x","schema":"Company","properties":{"name":["X Ltd"]}}"""),
            ["uflpa"] = dir.Write("u.csv", "Name of Entity,Effective Date\nX Ltd,\"June 21, 2022\"\n"),
            ["cbp-wro"] = dir.Write("c.csv", "Entity,Country\nX Ltd,China\n"),
        };

        Assert.Equal(inputs.Keys.Order(), ListParsers.Formats.Order());
        foreach (var (format, path) in inputs)
        {
            var list = ListParsers.Parse(format, [path]);
            Assert.Equal(format, list.Format);
            Assert.NotEmpty(list.Entries);
            Assert.All(list.Entries, e => Assert.Equal(list.List, e.List));
        }
    }
}
