using System.Text;
using Traceability.Core.Graph;
using Traceability.Storage.Tests.Neo4j;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

// Every broken file gives an error naming the file and the line (and the column where one is at fault)
// and leaves the database exactly as it was.
public abstract partial class StoreContractTests
{
    private const string NodeHeader = "id:ID,:LABEL,name,country,facilityType,workers:int\n";
    private const string RelHeader = ":START_ID,:END_ID,:TYPE,percent:double\n";

    /// <summary>A broken input: the files to import, which one is at fault, the line, and words the error must contain.</summary>
    private sealed record Case(Dictionary<string, byte[]> Files, string File, long Line, string Expect, string? Column = null);

    private static Dictionary<string, byte[]> Files(params (string Name, string Text)[] files) =>
        files.ToDictionary(f => f.Name, f => Encoding.UTF8.GetBytes(f.Text));

    private static Case Nodes(string rows, long line, string expect, string? column = null) =>
        new(Files(("bad.csv", NodeHeader + rows)), "bad.csv", line, expect, column);

    private static Case Rels(string rows, long line, string expect, string? column = null) =>
        new(Files(("bad.csv", RelHeader + rows)), "bad.csv", line, expect, column);

    private static Case Raw(string text, long line, string expect, string? column = null) =>
        new(Files(("bad.csv", text)), "bad.csv", line, expect, column);

    private static Case Bytes(byte[] bytes, long line, string expect) =>
        new(new Dictionary<string, byte[]> { ["bad.csv"] = bytes }, "bad.csv", line, expect);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["empty file"] = Raw("", 0, "empty file"),
        ["header only"] = Raw(NodeHeader, 1, "header but no rows"),
        ["blank lines only after header"] = Raw(NodeHeader + "\n\n", 1, "header but no rows"),
        ["unknown label"] = Nodes("x1,Vessel,Sea Dragon,CN,port,3\n", 2, "unknown label 'Vessel'", ":LABEL"),
        ["two labels"] = Nodes("x1,Facility;Company,Dual,CN,mine,3\n", 2, "exactly one label", ":LABEL"),
        ["empty label"] = Nodes("x1,,Nameless,CN,mine,3\n", 2, "empty label", ":LABEL"),
        ["empty id"] = Nodes(",Facility,No Id,CN,mine,3\n", 2, "empty id", ":ID"),
        ["duplicate id in file"] = Nodes("x1,Facility,A,CN,mine,3\nx1,Facility,B,CN,mine,4\n", 3, "duplicate id 'x1'", ":ID"),
        ["duplicate id across files"] = new(Files(("a.csv", NodeHeader + "x1,Facility,A,CN,mine,3\n"), ("bad.csv", NodeHeader + "x2,Facility,B,CN,mine,3\nx1,Facility,C,CN,mine,4\n")), "bad.csv", 3, "duplicate id 'x1'", ":ID"),
        ["bad int"] = Nodes("x1,Facility,A,CN,mine,12x\n", 2, "not a valid int", "workers"),
        ["int overflow"] = Nodes("x1,Facility,A,CN,mine,99999999999\n", 2, "not a valid int", "workers"),
        ["negative workers"] = Nodes("x1,Facility,A,CN,mine,-5\n", 2, "below the minimum", "workers"),
        ["bad double"] = Rels("ref-1,bat-1,SUPPLIES,\nco-1,ref-1,OWNS,fifty\n", 3, "not a valid number", "percent"),
        ["percent above 100"] = Rels("co-1,ref-1,OWNS,150\n", 2, "above the maximum", "percent"),
        ["unknown country code"] = Nodes("x1,Facility,A,XX,mine,3\n", 2, "ISO 3166-1 alpha-2", "country"),
        ["country name instead of code"] = Nodes("x1,Facility,A,North Korea,mine,3\n", 2, "ISO 3166-1 alpha-2", "country"),
        ["three-letter country code"] = Nodes("x1,Facility,A,PRK,mine,3\n", 2, "ISO 3166-1 alpha-2", "country"),
        ["missing required country"] = Nodes("x1,Facility,A,,mine,3\n", 2, "missing required property 'country'", "country"),
        ["missing required name"] = Nodes("x1,Facility,,CN,mine,3\n", 2, "missing required property 'name'", "name"),
        ["enum value not allowed"] = Nodes("x1,Facility,A,CN,spaceport,3\n", 2, "is not one of", "facilityType"),
        ["property not defined for label"] = Raw("id:ID,:LABEL,name,mode\nx1,Company,A,vessel\n", 2, "not defined for Company", "mode"),
        ["bad date"] = Raw("id:ID,:LABEL,name,asOf:date\nx1,Company,A,2024-13-01\n", 2, "not a date", "asOf"),
        ["hs code pattern"] = Raw("id:ID,:LABEL,name,hsCode\nx1,Product,A,12ab\n", 2, "does not match", "hsCode"),
        ["imo pattern"] = Raw("id:ID,:LABEL,name,mode,imo\nx1,Transporter,A,vessel,IMO 123\n", 2, "does not match", "imo"),
        ["bad boolean-like array"] = Raw("id:ID,:LABEL,name,workers:int[]\nx1,Facility,A,1;x\n", 1, "does not fit", "workers:int[]"),
        ["unknown relationship type"] = Rels("co-1,ref-1,CONTROLS,\n", 2, "unknown relationship type 'CONTROLS'", ":TYPE"),
        ["relationship between wrong labels"] = Rels("bat-1,ref-1,SUPPLIES,\n", 2, "SUPPLIES cannot go from Product to Facility", ":TYPE"),
        ["owns a product"] = Rels("co-1,bat-1,OWNS,10\n", 2, "OWNS cannot go from Company to Product", ":TYPE"),
        ["dangling end"] = Rels("mine-1,nowhere,SUPPLIES,\n", 2, "no node with id 'nowhere'", ":END_ID"),
        ["dangling start"] = Rels("ghost,ref-1,SUPPLIES,\n", 2, "no node with id 'ghost'", ":START_ID"),
        ["duplicate relationship"] = Rels("co-1,ref-1,OWNS,10\nco-1,ref-1,OWNS,20\n", 3, "duplicate relationship"),
        ["label change of stored id"] = Nodes("co-1,Facility,Ganzhou Holdings Ltd,CN,factory,3\n", 2, "cannot change label", ":LABEL"),
        ["stray quote in unquoted field"] = Nodes("x1,Facility,A \"big\" mine,CN,mine,3\n", 2, "quote inside an unquoted field", "name"),
        ["unterminated quote"] = Nodes("x1,Facility,A,CN,mine,3\nx2,Facility,\"Open quote,CN,mine,3\nx3,Facility,C,CN,mine,3\n", 3, "unterminated quoted field", "name"),
        ["text after closing quote"] = Nodes("x1,Facility,\"A\"b,CN,mine,3\n", 2, "after a closing quote", "name"),
        ["wrong field count"] = Nodes("x1,Facility,A,CN,mine\n", 2, "expected 6 fields"),
        ["extra field"] = Nodes("x1,Facility,A,CN,mine,3,extra\n", 2, "expected 6 fields"),
        ["invalid utf-8"] = Bytes([.. Encoding.UTF8.GetBytes(NodeHeader + "x1,Facility,A,CN,mine,3\nx2,Facility,"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(",CN,mine,3\n")], 3, "invalid UTF-8"),
        ["latin-1 encoded file"] = Bytes([.. Encoding.UTF8.GetBytes(NodeHeader + "x1,Facility,S"), 0xE3, .. Encoding.UTF8.GetBytes("o Paulo Mill,BR,mill,3\n")], 2, "invalid UTF-8"),
        ["nul byte"] = Nodes("x1,Facility,A\0B,CN,mine,3\n", 2, "NUL byte"),
        ["mixed node and relationship header"] = Raw("id:ID,:LABEL,name,:START_ID,:END_ID,:TYPE\nx1,Company,A,co-1,ref-1,OWNS\n", 1, "mixes node columns"),
        ["header of neither kind"] = Raw("name,country\nA,CN\n", 1, "neither :ID"),
        ["node file without label column"] = Raw("id:ID,name\nx1,A\n", 1, "exactly one :LABEL"),
        ["relationship file without type"] = Raw(":START_ID,:END_ID\nco-1,ref-1\n", 1, "exactly one each"),
        ["unknown property column"] = Raw("id:ID,:LABEL,name,colour\nx1,Company,A,red\n", 1, "not defined in graph-schema", "colour"),
        ["column type clashes with schema"] = Raw("id:ID,:LABEL,name,workers:boolean\nx1,Facility,A,true\n", 1, "does not fit", "workers:boolean"),
        ["unknown header type"] = Raw("id:ID,:LABEL,name,workers:integer\nx1,Facility,A,3\n", 1, "unknown type 'integer'", "workers:integer"),
        ["duplicate column"] = Raw("id:ID,:LABEL,name,name\nx1,Company,A,B\n", 1, "appears twice"),
        ["crlf file with error on line 4"] = Raw((NodeHeader + "x1,Facility,A,CN,mine,3\nx2,Facility,B,CN,mine,3\nx3,Facility,C,CN,mine,many\n").Replace("\n", "\r\n", StringComparison.Ordinal), 4, "not a valid int", "workers"),
        ["bom file with error on line 2"] = Bytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(NodeHeader + "x1,Facility,A,ZZ,mine,3\n")], 2, "ISO 3166-1"),
        ["multi-line quoted field then error"] = Nodes("x1,Facility,\"Line one\nline two\",CN,mine,3\nx2,Facility,B,CN,mine,oops\n", 4, "not a valid int", "workers"),
        ["cr-only line ends with error"] = Raw((NodeHeader + "x1,Facility,A,CN,mine,3\nx2,Facility,B,CN,mine,-1\n").Replace("\n", "\r", StringComparison.Ordinal), 3, "below the minimum", "workers"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Fact]
    public void Suite_HasAtLeastThirtyDistinctBrokenFiles() => Assert.True(Cases.Count >= 30, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(CaseNames), MemberType = typeof(StoreContractTests))]
    public async Task Import_BrokenFile_NamesFileAndLine_AndChangesNothing(string name)
    {
        var c = Cases[name];
        using var dir = new TempDirectory();
        dir.Write("base/nodes.csv", SampleBundle.Nodes);
        dir.Write("base/rels.csv", SampleBundle.Rels);
        foreach (var (file, bytes) in c.Files) dir.WriteBytes(Path.Combine("broken", file), bytes);
        await using var store = await OpenAsync(dir);
        await StoreFixture.ImportAsync(store, dir.File("base"));
        var before = await StoreFixture.StateAsync(store);

        var e = await Assert.ThrowsAsync<ImportFailedException>(() => StoreFixture.ImportAsync(store, dir.File("broken")));

        var error = Assert.Single(e.Errors, x => x.File == c.File && x.Message.Contains(c.Expect, StringComparison.Ordinal));
        Assert.Equal(c.Line, error.Line);
        if (c.Column is not null) Assert.Equal(c.Column, error.Column);
        Assert.Equal(before, await StoreFixture.StateAsync(store));
    }

    [Fact]
    public async Task Import_ErrorInOneOfManyFiles_StoresNoneOfThem()
    {
        using var dir = new TempDirectory();
        dir.Write("in/a-nodes.csv", SampleBundle.Nodes);
        dir.Write("in/b-rels.csv", SampleBundle.Rels + "\nmine-1,bat-1,SUPPLIES,ore,\nmine-1,missing,SUPPLIES,ore,\n");
        await using var store = await OpenAsync(dir);
        var before = await StoreFixture.StateAsync(store);

        var e = await Assert.ThrowsAsync<ImportFailedException>(() => StoreFixture.ImportAsync(store, dir.File("in")));

        Assert.Equal(new ImportError("b-rels.csv", 8, ":END_ID", "no node with id 'missing' (dangling relationship)"), Assert.Single(e.Errors));
        Assert.Equal(before, await StoreFixture.StateAsync(store));
        Assert.Equal(0, (await store.CountAsync(CancellationToken.None)).Nodes);
    }

    [Fact]
    public async Task Import_MissingPath_IsAnErrorNamingIt()
    {
        using var dir = new TempDirectory();
        await using var store = await OpenAsync(dir);

        var e = await Assert.ThrowsAsync<ImportFailedException>(() => StoreFixture.ImportAsync(store, dir.File("nope")));

        Assert.Contains("no such file or folder", Assert.Single(e.Errors).Message);
    }
}
