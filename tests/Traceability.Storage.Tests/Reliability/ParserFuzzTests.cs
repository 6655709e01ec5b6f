using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Snapshots;
using Traceability.Storage.Csv;
using Traceability.Storage.Evidence;
using Traceability.Storage.Json;
using Traceability.Storage.Lists;
using Traceability.Storage.Neo4j;
using Traceability.Tests;
using Traceability.Tests.Malformed;

namespace Traceability.Storage.Tests.Reliability;

/// <summary>
/// Property: whatever bytes a parser is given, it returns well-formed output or throws its domain exception
/// (<see cref="CsvFormatException"/>, <see cref="ImportFailedException"/>) with a location; never another exception, never
/// a hang (an input slower than two seconds fails). Inputs are the corpus seeds under random edits.
/// </summary>
public sealed partial class ParserFuzzTests
{
    private static readonly MalformedCorpus.Context Context = new("mx-f1", "/nonexistent/canary", 1);

    [Fact]
    public void CsvReader_AnyBytes_RecordsOrAFormatErrorOnAnExistingLine()
    {
        var seeds = new[] { CorpusSeeds.GraphNodes, CorpusSeeds.OfacSdn, CorpusSeeds.Uflpa, CorpusSeeds.Evidence("x") }.Select(Encoding.UTF8.GetBytes).ToArray();
        Fuzz.Run("CsvReader (edited seeds)", Gen.Select(Gen.Int[0, seeds.Length - 1], Fuzz.Edits), t =>
        {
            var bytes = Fuzz.Apply(seeds[t.Item1], t.Item2);
            var lines = 1 + bytes.Count(b => b == '\n') + bytes.Where((b, i) => b == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n')).Count();
            try
            {
                using var reader = new CsvReader(new MemoryStream(bytes));
                var last = 0L;
                while (reader.Read() is { } r)
                {
                    Assert.True(r.Line > last && r.Line <= lines, $"record on line {r.Line} after {last}");
                    Assert.True(r.Fields.Length <= CsvReader.MaxFields && r.Fields.All(f => f.Length <= CsvReader.MaxFieldLength && !f.Contains('\0')));
                    last = r.Line;
                }
            }
            catch (CsvFormatException e)
            {
                Assert.InRange(e.Line, 1, lines);
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }, t => $"seed {t.Item1}, edits {Fuzz.Show(t.Item2)}");
    }

    /// <summary>A record's fields: any Unicode text but NUL (the reader refuses it) and lone surrogates (not text).</summary>
    private static readonly Gen<string> Field = Gen.OneOf(
        Gen.String[Gen.Char["abc ,\"\r\n;'é€\t"], 0, 12],
        Gen.String[Gen.Char.Where(c => c != '\0' && !char.IsSurrogate(c)), 0, 20]);

    [Fact]
    public void CsvReader_ReadsWhatCsvWriterWrote_OnTheLinesItWasWritten()
    {
        // The oracle: the writer's own records, and line numbers counted independently from the written text.
        var records = Field.Array[1, 6].Where(r => !(r.Length == 1 && r[0].Length == 0)).Array[1, 20];
        Fuzz.Run("CsvReader round trip (writer as oracle)", records, rows =>
        {
            var text = new StringBuilder();
            var starts = new List<long>();
            using (var w = new StringWriter(text))
            {
                var writer = new CsvWriter(w);
                foreach (var row in rows)
                {
                    starts.Add(1 + LineBreak().Matches(text.ToString()).Count);
                    writer.WriteRow(row);
                }
            }
            if (text.Length > 0 && text[0] == '\uFEFF') return;
            using var reader = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
            for (var i = 0; i < rows.Length; i++)
            {
                var r = reader.Read();
                Assert.NotNull(r);
                Assert.Equal(rows[i], r.Fields);
                Assert.Equal(starts[i], r.Line);
            }
            Assert.Null(reader.Read());
        }, rows => string.Join(" / ", rows.Select(r => "[" + string.Join("|", r.Select(f => Regex.Escape(f))) + "]")));
    }

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();

    public static TheoryData<string> ListFormats => new([.. ListParsers.Formats, "dol"]);

    [Theory]
    [MemberData(nameof(ListFormats))]
    public void ListParser_EditedSeed_ParsesOrFailsWithALocatedError(string format)
    {
        var importer = format == "ofac-csv" ? "ofac-csv" : format;
        var seed = MalformedCorpus.SeedFiles(importer, Context);
        var file = seed.Keys.Order(StringComparer.Ordinal).Last();
        using var dir = new TempDirectory();
        Fuzz.Run($"list parser {format}", Fuzz.Edits, edits =>
        {
            var path = dir.WriteBytes(file, Fuzz.Apply(seed[file], edits));
            try
            {
                if (format == "dol")
                {
                    var rows = ListParsers.ParseDol([path]);
                    Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Good)));
                }
                else
                {
                    var list = ListParsers.Parse(format, [path]);
                    Assert.All(list.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Name) || string.IsNullOrWhiteSpace(e.EntryId)));
                }
            }
            catch (ImportFailedException e)
            {
                AssertLocated(e, file);
            }
        }, Fuzz.Show);
    }

    [Fact]
    public void GraphCsvReader_EditedSeed_ReadsOrFailsWithALocatedError()
    {
        var seed = MalformedCorpus.SeedFiles("graph-csv", Context);
        var reader = new Neo4jCsvReader(GraphSchema.Default);
        Fuzz.Run("graph CSV reader", Gen.Select(Gen.Bool, Fuzz.Edits), t =>
        {
            var file = t.Item1 ? "nodes.csv" : "rels.csv";
            var batch = new GraphBatch();
            var errors = new List<ImportError>();
            reader.ReadFile(file, new MemoryStream(Fuzz.Apply(seed[file], t.Item2)), batch, errors);
            if (errors.Count > 0) AssertLocated(new ImportFailedException(errors), file);
            Assert.All(batch.Nodes, n => Assert.False(string.IsNullOrEmpty(n.Node.Id.Value)));
        }, t => $"{(t.Item1 ? "nodes" : "rels")} {Fuzz.Show(t.Item2)}");
    }

    [Fact]
    public void GraphJsonReader_EditedSeed_ReadsOrFailsWithALocatedError()
    {
        var seed = MalformedCorpus.SeedFiles("graph-json", Context)["graph.json"];
        using var dir = new TempDirectory();
        Fuzz.Run("graph JSON reader", Fuzz.Edits, edits =>
        {
            var path = dir.WriteBytes("graph.json", Fuzz.Apply(seed, edits));
            try
            {
                new GraphJsonReader(GraphSchema.Default).Read(path);
            }
            catch (ImportFailedException e)
            {
                AssertLocated(e, "graph.json");
            }
        }, Fuzz.Show);
    }

    [Fact]
    public void EvidenceCsvReader_EditedSeed_ReadsOrFailsWithALocatedError()
    {
        var builder = new SnapshotBuilder();
        builder.Add(new GraphNode(new NodeId("mx-f1"), "Facility", PropertyBag.From([new("name", "F"), new("country", "CN"), new("facilityType", "mine")])));
        var graph = builder.Build(1);
        var seed = MalformedCorpus.SeedFiles("evidence-csv", Context)["evidence.csv"];
        using var dir = new TempDirectory();
        Fuzz.Run("evidence CSV reader", Fuzz.Edits, edits =>
        {
            try
            {
                var drafts = EvidenceCsvReader.Read("evidence.csv", new MemoryStream(Fuzz.Apply(seed, edits)), graph,
                    new EvidenceFiles(dir.Path, Confined: true), new DateOnly(2026, 11, 1));
                Assert.All(drafts, d => Assert.Equal("mx-f1", d.Node.Value));
            }
            catch (ImportFailedException e)
            {
                AssertLocated(e, "evidence.csv");
            }
        }, Fuzz.Show);
    }

    private static void AssertLocated(ImportFailedException e, string file)
    {
        Assert.NotEmpty(e.Errors);
        Assert.All(e.Errors, x =>
        {
            Assert.Equal(file, Path.GetFileName(x.File));
            Assert.True(x.Line >= 0, x.ToString());
            Assert.False(string.IsNullOrWhiteSpace(x.Message));
            Assert.True(x.Message.Length < 4000, $"a {x.Message.Length}-character message");
        });
    }
}
