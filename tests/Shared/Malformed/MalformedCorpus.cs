using System.Text;
using static Traceability.Tests.Malformed.Mutations;

namespace Traceability.Tests.Malformed;

/// <summary>
/// The malformed-input corpus: from the seed of each importer (<see cref="CorpusSeeds"/>), deterministic broken variants
/// (seed <see cref="DefaultSeed"/>): invalid UTF-8, NUL bytes, 10 MB fields, a million columns, unterminated and stray
/// quotes, wrong field counts, UTF-16 and BOMs, mixed line ends, truncation, binary garbage, deep nesting, duplicate
/// keys, wrong types, bad values in every checked column, and for XML external entities (to a canary file and to a
/// loopback listener) and entity expansion. Every case is malformed: a clear error is the only right answer.
/// (A UTF-16 XML document is well-formed, with or without a byte order mark: it is left out.)
/// </summary>
public static class MalformedCorpus
{
    /// <summary>The corpus's seed: 20261128, or <c>TRACEABILITY_RELIABILITY_SEED</c> for another corpus of the same kinds.</summary>
    public static int DefaultSeed { get; } = int.TryParse(Environment.GetEnvironmentVariable("TRACEABILITY_RELIABILITY_SEED"), out var s) ? s : 20261128;

    public const int HugeField = 10 << 20;

    public static readonly string[] Importers =
        ["graph-csv", "graph-json", "ofac-csv", "ofac-xml", "ofac-advanced-xml", "ftm", "dol", "uflpa", "cbp-wro", "evidence-csv"];

    /// <summary>What the cases may refer to: a node evidence can be about, a file no parser may read, a port no parser may connect to.</summary>
    public sealed record Context(string EvidenceNode, string CanaryPath, int ListenerPort);

    private enum Family { Csv, JsonLines, JsonDocument, Xml }

    private sealed record Seed(Family Family, IReadOnlyDictionary<string, string> Files, string[] Mutable, int FirstDataLine);

    /// <summary>The mutated file's name for each importer, and the other files that go with it.</summary>
    private static Seed SeedOf(string importer, Context c) => importer switch
    {
        "graph-csv" => new(Family.Csv, new Dictionary<string, string> { ["nodes.csv"] = CorpusSeeds.GraphNodes, ["rels.csv"] = CorpusSeeds.GraphRels }, ["nodes.csv", "rels.csv"], 2),
        "graph-json" => new(Family.JsonDocument, new Dictionary<string, string> { ["graph.json"] = CorpusSeeds.GraphJson }, ["graph.json"], 2),
        "ofac-csv" => new(Family.Csv, new Dictionary<string, string> { ["sdn.csv"] = CorpusSeeds.OfacSdn, ["add.csv"] = CorpusSeeds.OfacAdd }, ["sdn.csv", "add.csv"], 1),
        "ofac-xml" => new(Family.Xml, new Dictionary<string, string> { ["sdn.xml"] = CorpusSeeds.OfacXml }, ["sdn.xml"], 3),
        "ofac-advanced-xml" => new(Family.Xml, new Dictionary<string, string> { ["sdn_advanced.xml"] = CorpusSeeds.OfacAdvanced }, ["sdn_advanced.xml"], 2),
        "ftm" => new(Family.JsonLines, new Dictionary<string, string> { ["entities.ftm.json"] = CorpusSeeds.Ftm }, ["entities.ftm.json"], 1),
        "dol" => new(Family.Csv, new Dictionary<string, string> { ["dol.csv"] = CorpusSeeds.Dol }, ["dol.csv"], 2),
        "uflpa" => new(Family.Csv, new Dictionary<string, string> { ["uflpa.csv"] = CorpusSeeds.Uflpa }, ["uflpa.csv"], 2),
        "cbp-wro" => new(Family.Csv, new Dictionary<string, string> { ["wro.csv"] = CorpusSeeds.CbpWro }, ["wro.csv"], 2),
        "evidence-csv" => new(Family.Csv, new Dictionary<string, string> { ["evidence.csv"] = CorpusSeeds.Evidence(c.EvidenceNode) }, ["evidence.csv"], 2),
        _ => throw new ArgumentException($"unknown importer '{importer}'", nameof(importer)),
    };

    /// <summary>The valid seed files of an importer (the corpus's starting point; they must import cleanly).</summary>
    public static IReadOnlyDictionary<string, byte[]> SeedFiles(string importer, Context c) =>
        SeedOf(importer, c).Files.ToDictionary(f => f.Key, f => Utf8(f.Value));

    /// <summary>Every case of every importer.</summary>
    public static IEnumerable<MalformedCase> All(Context c) => Importers.SelectMany(i => For(i, c));

    /// <summary>The cases of one importer, the same every time for the same seed and context.</summary>
    public static IReadOnlyList<MalformedCase> For(string importer, Context c, int? seed = null)
    {
        var s = SeedOf(importer, c);
        seed ??= DefaultSeed;
        var rnd = new Random(unchecked(seed.Value * 31 + Stable(importer)));
        var cases = new List<MalformedCase>();
        var n = 0;

        void Add(string name, string file, byte[] bytes, long? line = null, string? expect = null, string? column = null)
        {
            var files = s.Files.ToDictionary(f => f.Key, f => Utf8(f.Value));
            files[file] = bytes;
            cases.Add(new MalformedCase(importer, $"{++n:D3} {name}", files, file, line, expect, column));
        }

        string PickFile() => s.Mutable[rnd.Next(s.Mutable.Length)];
        int PickLine(string file) => rnd.Next(FirstData(s, file), Lines(s.Files[file]).Length + 1);

        // Bytes no text may hold: NUL and invalid UTF-8, anywhere on a line.
        for (var i = 0; i < 14; i++)
        {
            var file = PickFile();
            var line = PickLine(file);
            var text = s.Files[file];
            Add($"NUL byte, line {line}", file, InsertBytes(text, line, rnd.Next(Lines(text)[line - 1].Length + 1), [0]), line);
        }
        for (var i = 0; i < 16; i++)
        {
            var file = PickFile();
            var line = PickLine(file);
            var text = s.Files[file];
            var bad = InvalidUtf8[i % InvalidUtf8.Length];
            Add($"invalid UTF-8 {Convert.ToHexString(bad)}, line {line}", file, InsertBytes(text, line, rnd.Next(Lines(text)[line - 1].Length + 1), bad),
                s.Family == Family.Xml ? null : line);
        }
        // Encodings and line ends.
        // (An XML parser rightly reads UTF-16 with or without a byte order mark, so only the other formats get UTF-16.)
        if (s.Family != Family.Xml)
            foreach (var (bigEndian, name) in new[] { (false, "UTF-16 LE"), (true, "UTF-16 BE") })
                Add($"{name} with a byte order mark", PickFile(), Utf16(s.Files[PickFile()], bigEndian, bom: true), 1);
        for (var i = 0; i < 2; i++)
        {
            var file = PickFile();
            var line = PickLine(file);
            var text = s.Files[file];
            Add($"Windows-1252 text (an e-acute as the byte E9), line {line}", file,
                InsertBytes(text, line, rnd.Next(Lines(text)[line - 1].Length + 1), [(byte)'C', (byte)'a', (byte)'f', 0xE9]), s.Family == Family.Xml ? null : line);
        }
        for (var i = 0; i < 8; i++)
        {
            var file = PickFile();
            var ends = s.Family is Family.Csv or Family.Xml ? new[] { "\n", "\r\n", "\r" } : ["\n", "\r\n"];
            var mixed = MixLineEnds(s.Files[file], rnd, ends);
            var line = PickLine(file);
            var lines = mixed.Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
            var at = Offset(mixed.ReplaceLineEndings("\n"), line, rnd.Next(lines[line - 1].Length + 1));
            var withBom = i % 2 == 0;
            var offset = OffsetInMixed(mixed, at);
            byte[] bytes = [.. withBom ? Bom : [], .. Utf8(mixed[..offset]), 0, .. Utf8(mixed[offset..])];
            Add($"{(withBom ? "BOM, " : "")}mixed CR/LF/CRLF line ends, NUL on line {line}", file, bytes, line);
        }
        // Garbage and emptiness.
        for (var i = 0; i < 5; i++) Add($"binary garbage, {1024 << i} bytes", PickFile(), Garbage(rnd, 1024 << i));
        Add("gzip stream instead of text", PickFile(), [.. GzipHeader, .. Garbage(rnd, 512)]);
        var only = s.Mutable[0];
        Add("empty file", only, []);
        Add("byte order mark only", only, Bom);
        Add("blank lines only", only, Utf8("\n\r\n\n"));
        if (s.Family == Family.Csv && s.FirstDataLine == 2) Add("header only", only, Utf8(Lines(s.Files[only])[0] + "\n"));

        // Huge fields: 10 MB in one cell or string.
        for (var i = 0; i < 3; i++)
        {
            var file = PickFile();
            var line = PickLine(file);
            var text = s.Files[file];
            var lineText = Lines(text)[line - 1];
            var column = s.Family is Family.JsonLines or Family.JsonDocument && JsonValueStarts(lineText) is { Count: > 0 } starts
                ? starts[rnd.Next(starts.Count)] : rnd.Next(lineText.Length + 1);
            Add($"10 MB field, line {line}", file, Utf8(InsertText(text, line, column, new string('A', HugeField))), s.Family is Family.Xml or Family.JsonDocument ? null : line);
        }

        switch (s.Family)
        {
            case Family.Csv: CsvCases(s, rnd, Add, PickFile, PickLine); break;
            case Family.JsonLines: JsonLineCases(s, rnd, Add); break;
            case Family.JsonDocument: JsonDocumentCases(s, rnd, Add); break;
            case Family.Xml: XmlCases(s, c, rnd, Add); break;
        }
        foreach (var (name, file, text, line, expect, column) in SemanticCases(importer, s, rnd))
            Add(name, file, Utf8(text), line, expect, column);
        return cases;
    }

    private delegate void Adder(string name, string file, byte[] bytes, long? line = null, string? expect = null, string? column = null);

    private static int FirstData(Seed s, string file) => s.Family == Family.Csv && file == "add.csv" ? 1 : s.FirstDataLine;

    private static int Stable(string text)
    {
        var h = 17;
        foreach (var ch in text) h = h * 31 + ch;
        return h;
    }

    // Offset in the mixed-ends text of the character at 'at' in its LF-normalized form.
    private static int OffsetInMixed(string mixed, int at)
    {
        var normalized = 0;
        for (var i = 0; i < mixed.Length; i++)
        {
            if (normalized == at) return i;
            if (mixed[i] == '\r' && i + 1 < mixed.Length && mixed[i + 1] == '\n') i++;
            normalized++;
        }
        return mixed.Length;
    }

    private static void CsvCases(Seed s, Random rnd, Adder add, Func<string> pickFile, Func<string, int> pickLine)
    {
        for (var i = 0; i < 2; i++)
        {
            var file = pickFile();
            var line = pickLine(file);
            var columns = i == 0 ? 20_000 : 1_000_000;
            add($"{columns:N0} columns, line {line}", file, Utf8(ReplaceLine(s.Files[file], line, l => l + string.Concat(Enumerable.Repeat(",x", columns)))), line, "fields in one record");
        }
        for (var i = 0; i < 8; i++)
        {
            var file = pickFile();
            var line = pickLine(file);
            var text = s.Files[file];
            var starts = FieldStarts(Lines(text)[line - 1]);
            var at = Offset(text, line, starts[rnd.Next(starts.Count)]);
            add($"unterminated quote, line {line}", file, Utf8(text[..at] + "\"" + text[at..].Replace("\"", "", StringComparison.Ordinal)), line, "unterminated quoted field");
        }
        for (var i = 0; i < 8; i++)
        {
            var file = pickFile();
            var line = pickLine(file);
            var inside = InsideUnquoted(Lines(s.Files[file])[line - 1]);
            if (inside.Count == 0) continue;
            add($"stray quote, line {line}", file, Utf8(InsertText(s.Files[file], line, inside[rnd.Next(inside.Count)], "\"")), line, "quote inside an unquoted field");
        }
        for (var i = 0; i < 6; i++)
        {
            var file = pickFile();
            var line = pickLine(file);
            var extra = i % 2 == 0;
            add($"{(extra ? "extra" : "missing")} field, line {line}", file,
                Utf8(ReplaceLine(s.Files[file], line, l => extra ? l + ",extra" : l[..(FieldStarts(l)[^1] - 1)])), line, "fields");
        }
        for (var i = 0; i < 4; i++)
        {
            // Cut inside a quoted field: the quote never closes.
            var file = pickFile();
            var text = s.Files[file];
            var quoted = Enumerable.Range(FirstData(s, file), Lines(text).Length - FirstData(s, file) + 1)
                .Where(l => Lines(text)[l - 1].Contains('"')).ToList();
            if (quoted.Count == 0) continue;
            var line = quoted[rnd.Next(quoted.Count)];
            var at = Offset(text, line, Lines(text)[line - 1].IndexOf('"') + 2);
            add($"file cut inside a quoted field, line {line}", file, Utf8(text[..at]), line, "unterminated quoted field");
        }
    }

    private static void JsonLineCases(Seed s, Random rnd, Adder add)
    {
        var file = s.Mutable[0];
        var text = s.Files[file];
        var count = Lines(text).Length;
        int Line() => rnd.Next(1, count + 1);
        foreach (var depth in new[] { 100, 1000, 10_000, 100_000 })
        {
            var line = Line();
            var deep = $"{{\"id\": \"mx-deep\", \"schema\": \"Company\", \"properties\": {{\"name\": {new string('[', depth)}\"x\"{new string(']', depth)}}}}}";
            add($"nesting {depth:N0} deep, line {line}", file, Utf8(ReplaceLine(text, line, _ => deep)), line);
        }
        string[] duplicates = ["\"id\": \"mx-dup\", ", "\"schema\": \"Person\", ", "\"properties\": {}, "];
        for (var i = 0; i < 6; i++)
        {
            var line = Line();
            add($"duplicate key, line {line}", file, Utf8(ReplaceLine(text, line, l => "{" + duplicates[i % duplicates.Length] + l[1..])), line, "Duplicate");
        }
        (string From, string To, string Expect)[] types =
        [
            ("\"id\": \"", "\"id\": 42, \"x\": \"", "without an id"),
            ("\"id\": \"", "\"id\": null, \"x\": \"", "without an id"),
            ("\"id\": \"", "\"id\": [\"a\"], \"x\": \"", "without an id"),
            ("\"schema\": \"", "\"schema\": {\"a\": 1}, \"x\": \"", "without a schema"),
            ("\"properties\": {", "\"properties\": [], \"x\": {", "must be an object"),
            ("\"properties\": {", "\"properties\": \"text\", \"x\": {", "must be an object"),
            ("\"properties\": {", "\"properties\": {\"notes\": \"A\", ", "list of strings"),
            ("\"properties\": {", "\"properties\": {\"alias\": [1], ", "list of strings"),
            ("\"properties\": {", "\"properties\": {\"alias\": [{\"a\": 1}], ", "list of strings"),
            ("\"properties\": {", "\"properties\": {\"alias\": [null], ", "list of strings"),
            ("\"id\": \"", "\"id\": \"\\ud800\", \"x\": \"", "not valid text"),
            ("\"properties\": {", "\"properties\": {\"alias\": [\"\\udfff\"], ", "not valid text"),
        ];
        for (var i = 0; i < types.Length; i++)
        {
            var line = Line();
            var (from, to, expect) = types[i];
            add($"wrong type ({to.Trim(',', ' ', '"')}), line {line}", file, Utf8(ReplaceLine(text, line, l => ReplaceFirst(l, from, to))), line, expect);
        }
        for (var i = 0; i < 6; i++)
        {
            var line = Line();
            var l = Lines(text)[line - 1];
            var cut = rnd.Next(1, l.Length - 1);
            add($"file cut inside line {line}", file, Utf8(string.Join('\n', Lines(text).Take(line - 1).Append(l[..cut]))), line);
        }
        add("a JSON array, not an object", file, Utf8(ReplaceLine(text, 2, _ => "[1, 2, 3]")), 2, "expected a JSON object");
        add("trailing garbage after the object", file, Utf8(ReplaceLine(text, 3, l => l + " }")), 3);
    }

    private static void JsonDocumentCases(Seed s, Random rnd, Adder add)
    {
        var file = s.Mutable[0];
        var text = s.Files[file];
        var nodeLines = Enumerable.Range(1, Lines(text).Length).Where(l => Lines(text)[l - 1].StartsWith("{\"id\"", StringComparison.Ordinal)).ToList();
        var relLines = Enumerable.Range(1, Lines(text).Length).Where(l => Lines(text)[l - 1].StartsWith("{\"start\"", StringComparison.Ordinal)).ToList();
        int NodeLine() => nodeLines[rnd.Next(nodeLines.Count)];
        foreach (var depth in new[] { 20, 1000, 10_000, 100_000 })
        {
            var line = NodeLine();
            add($"nesting {depth:N0} deep, line {line}", file,
                Utf8(ReplaceLine(text, line, l => ReplaceFirst(l, "\"properties\": {", $"\"properties\": {{\"notes\": {new string('[', depth)}1{new string(']', depth)}, "))), line);
        }
        for (var i = 0; i < 4; i++)
        {
            var line = NodeLine();
            add($"duplicate key, line {line}", file, Utf8(ReplaceLine(text, line, l => ReplaceFirst(l, "\"label\"", "\"id\": \"mx-other\", \"label\""))), null, "Duplicate");
        }
        add("duplicate property key", file, Utf8(ReplaceLine(text, nodeLines[0], l => ReplaceFirst(l, "\"name\"", "\"name\": \"Other\", \"name\""))), null, "Duplicate");
        (string From, string To, string Expect)[] types =
        [
            ("\"id\": \"mx-f", "\"id\": 42, \"x\": \"mx-f", "needs string"),
            ("\"label\": \"Facility\"", "\"label\": \"Vessel\"", "unknown label"),
            ("\"label\": \"Facility\"", "\"label\": 7", "needs string"),
            ("\"properties\": {", "\"properties\": [], \"x\": {", "expected an object"),
            ("\"workers\": 12", "\"workers\": \"many\"", ""),
            ("\"workers\": 12", "\"workers\": {\"a\": 1}", "wrong type"),
            ("\"workers\": 12", "\"workers\": [1, \"x\"]", ""),
            ("\"country\": \"CN\"", "\"country\": \"XX\"", "ISO 3166"),
            ("\"name\": \"Corpus Mine One\"", "\"name\": \"\\ud800\"", "not valid text"),
        ];
        foreach (var (from, to, expect) in types)
        {
            var line = nodeLines.First(l => Lines(text)[l - 1].Contains(from, StringComparison.Ordinal));
            add($"wrong type ({to}), line {line}", file, Utf8(ReplaceLine(text, line, l => ReplaceFirst(l, from, to))), null, expect.Length == 0 ? null : expect);
        }
        add("nodes is an object", file, Utf8(text.Replace("{\"nodes\": [", "{\"nodes\": {\"a\": [", StringComparison.Ordinal).Replace("\n],\n\"relationships\"", "\n]},\n\"relationships\"", StringComparison.Ordinal)), null, "\"nodes\" array");
        add("relationships is a string", file, Utf8(text[..text.IndexOf("\"relationships\"", StringComparison.Ordinal)] + "\"relationships\": \"none\"}\n"), null, "expected an array");
        add("relationship item is a number", file, Utf8(ReplaceLine(text, relLines[0], _ => "7,")), null, "expected an object");
        add("relationship to a missing node", file, Utf8(ReplaceLine(text, relLines[1], l => ReplaceFirst(l, "\"end\": \"mx-f3\"", "\"end\": \"mx-nowhere\""))), null, "mx-nowhere");
        add("unknown relationship type", file, Utf8(ReplaceLine(text, relLines[0], l => ReplaceFirst(l, "SUPPLIES", "CONTROLS"))), null, "unknown relationship type");
        for (var i = 0; i < 6; i++)
        {
            var cut = rnd.Next(text.Length / 4, text.Length - 3);
            add($"file cut at character {cut}", file, Utf8(text[..cut]));
        }
        add("two documents", file, Utf8(text + text));
        add("a bare JSON string", file, Utf8("\"nodes\"\n"), null, "\"nodes\" array");
    }

    private static void XmlCases(Seed s, Context c, Random rnd, Adder add)
    {
        var file = s.Mutable[0];
        var text = s.Files[file];
        var count = Lines(text).Length;
        var root = file == "sdn.xml" ? "sdnList" : "Sanctions";
        int Line() => rnd.Next(s.FirstDataLine, count);
        foreach (var depth in new[] { 100, 1000, 10_000, 100_000, 1_000_000 })
        {
            var line = Line();
            add($"elements nested {depth:N0} deep, line {line}", file,
                Utf8(ReplaceLine(text, line, l => string.Concat(Enumerable.Repeat("<a>", depth)) + "x" + string.Concat(Enumerable.Repeat("</a>", depth)) + l)), line, "nested");
        }
        var attrs = Line();
        add($"an element with 100,000 attributes, line {attrs}", file,
            Utf8(ReplaceLine(text, attrs, l => "<a " + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"a{i}=\"x\" ")) + "/>" + l)), attrs, "attributes");
        var ns = Line();
        add($"an element with 100,000 namespace declarations, line {ns}", file,
            Utf8(ReplaceLine(text, ns, l => "<a " + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"xmlns:p{i}=\"u{i}\" ")) + "/>" + l)), ns, "attributes");
        var attr = Line();
        add($"a 10 MB attribute, line {attr}", file, Utf8(ReplaceLine(text, attr, l => $"<a b=\"{new string('A', HugeField)}\"/>" + l)), attr, "attribute value longer");
        var textLine = Line();
        add($"a 10 MB text node, line {textLine}", file, Utf8(ReplaceLine(text, textLine, l => $"<a>{new string('A', HugeField)}</a>" + l)), textLine, "text longer");
        for (var i = 0; i < 8; i++)
        {
            var cut = rnd.Next(text.Length / 4, text.Length - 12);
            add($"file cut at character {cut}", file, Utf8(text[..cut]));
        }
        add("second root element", file, Utf8(text + $"<{root}/>\n"));
        add("text after the root", file, Utf8(text + "trailing text\n"));
        add("mismatched end tag", file, Utf8(ReplaceLine(text, Line(), l => l + "<a></b>")));
        add("unescaped ampersand", file, Utf8(ReplaceLine(text, Line(), l => l + "<a>AT&T</a>")));
        add("undeclared entity reference", file, Utf8(ReplaceLine(text, Line(), l => l + "<a>&nbsp;</a>")));
        add("undeclared namespace prefix", file, Utf8(ReplaceLine(text, Line(), l => l + "<x:a/>")));
        add("character reference to NUL", file, Utf8(ReplaceLine(text, Line(), l => l + "<a>&#0;</a>")));
        add("character reference to a surrogate", file, Utf8(ReplaceLine(text, Line(), l => l + "<a>&#xD800;</a>")));
        add("encoding declared that does not exist", file, Utf8(text.Replace("<?xml version=\"1.0\"", "<?xml version=\"1.0\" encoding=\"x-corpus\"", StringComparison.Ordinal)
            is var declared && declared != text ? declared : "<?xml version=\"1.0\" encoding=\"x-corpus\"?>\n" + text));
        add("a CDATA section never closed", file, Utf8(ReplaceLine(text, Line(), l => l + "<a><![CDATA[open")));
        foreach (var (name, doc, expect) in XmlAttacks.All(root, c))
            add(name, file, doc, null, expect);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"'{from}' not in '{text}'") : text[..at] + to + text[(at + from.Length)..];
    }

    /// <summary>Bad values in the columns each importer checks: (name, file, text, line, words, field).</summary>
    private static IEnumerable<(string, string, string, long?, string?, string?)> SemanticCases(string importer, Seed s, Random rnd)
    {
        var corruptions = Corruptions(importer);
        for (var i = 0; i < corruptions.Count * 3; i++)
        {
            var (file, column, value, expect) = corruptions[i % corruptions.Count];
            var text = s.Files[file];
            var lines = Lines(text);
            if (s.Family != Family.Csv)
            {
                var (line, changed) = column(text, rnd);
                yield return ($"{(expect.Length == 0 ? "bad value" : expect)} (line {line})", file, changed, line, expect.Length == 0 ? null : expect, null);
                continue;
            }
            var header = FirstData(s, file) == 2 ? SplitCsv(lines[0]) : null;
            var index = header is null ? int.Parse(value.Split('|')[0], System.Globalization.CultureInfo.InvariantCulture) : header.IndexOf(value.Split('|')[0]);
            var bad = value.Split('|')[1];
            var target = rnd.Next(FirstData(s, file), lines.Length + 1);
            var fields = SplitCsv(lines[target - 1]);
            fields[index] = bad.Replace("{line}", target.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            lines[target - 1] = string.Join(',', fields.Select(Quote));
            // Errors name a column by its property (workers, not workers:int) or its role (:ID).
            var field = header?[index] is { } h ? (h.EndsWith(":ID", StringComparison.Ordinal) ? ":ID" : h.Split(':')[0] is { Length: > 0 } p ? p : h) : null;
            yield return ($"{field ?? "field " + index} = '{Clip(bad)}' (line {target})", file, Join(lines), target, expect.Length == 0 ? null : expect, field is null or ":ID" or ":START_ID" or ":END_ID" or ":TYPE" or ":LABEL" ? null : field);
        }
    }

    private static string Clip(string s) => s.Length <= 20 ? s : s[..20] + "...";

    private delegate (long Line, string Text) Rewrite(string text, Random rnd);

    // For CSV: (file, unused, "column|bad value", words); for the others: (file, rewrite, "", words).
    private static List<(string File, Rewrite Column, string Value, string Expect)> Corruptions(string importer)
    {
        Rewrite none = (t, _) => (0, t);
        (string, Rewrite, string, string) Csv(string file, string value, string expect) => (file, none, value, expect);
        (string, Rewrite, string, string) Line(string file, string from, string to, string expect, int firstLine = 1) => (file, (t, rnd) =>
        {
            var lines = Lines(t);
            var candidates = Enumerable.Range(firstLine, lines.Length - firstLine + 1).Where(l => lines[l - 1].Contains(from, StringComparison.Ordinal)).ToList();
            var line = candidates[rnd.Next(candidates.Count)];
            return (line, ReplaceLine(t, line, l => ReplaceFirst(l, from, to)));
        }, "", expect);
        return importer switch
        {
            "graph-csv" =>
            [
                Csv("nodes.csv", "workers:int|12x", "not a valid int"), Csv("nodes.csv", "workers:int|-5", "below the minimum"),
                Csv("nodes.csv", "workers:int|99999999999", "not a valid int"), Csv("nodes.csv", "country|XX", "ISO 3166-1"),
                Csv("nodes.csv", "country|North Korea", "ISO 3166-1"), Csv("nodes.csv", "facilityType|spaceport", "is not one of"),
                Csv("nodes.csv", ":LABEL|Vessel", "unknown label"), Csv("nodes.csv", ":LABEL|", "empty label"),
                Csv("nodes.csv", ":LABEL|Facility;Company", "exactly one label"), Csv("nodes.csv", "id:ID|", "empty id"),
                Csv("nodes.csv", "name|", "missing required property 'name'"), Csv("rels.csv", ":END_ID|mx-nowhere-{line}", "no node with id"),
                Csv("rels.csv", ":START_ID|mx-ghost-{line}", "no node with id"), Csv("rels.csv", ":TYPE|CONTROLS", "unknown relationship type"),
                Csv("rels.csv", ":TYPE|", "empty relationship type"), Csv("rels.csv", ":TYPE|OWNS", "OWNS"),
            ],
            "ofac-csv" =>
            [
                Csv("sdn.csv", "0|A19611", "not a number"), Csv("sdn.csv", "2|company", "SDN_Type"), Csv("sdn.csv", "1|-0- ", "missing SDN_Name"),
                Csv("sdn.csv", "0|-5", ""), Csv("add.csv", "0|99999", "not in sdn.csv"), Csv("add.csv", "0|x1", "not a number"),
            ],
            "dol" =>
            [
                Csv("dol.csv", "year|22", "is not a year"), Csv("dol.csv", "year|twenty", "is not a year"), Csv("dol.csv", "country|Atlantis", "unknown country"),
                Csv("dol.csv", "child_labor|maybe", "is not Y, N, X or blank"), Csv("dol.csv", "forced_labor|2", "is not Y, N, X or blank"),
                Csv("dol.csv", "good|", "empty good"),
            ],
            "uflpa" =>
            [
                Csv("uflpa.csv", "Effective Date|soon", "is not a date"), Csv("uflpa.csv", "Effective Date|2022-13-45", "is not a date"),
                Csv("uflpa.csv", "Name of Entity|", "empty entity name"), Csv("uflpa.csv", "Name of Entity|and its subsidiaries", ""),
            ],
            "cbp-wro" =>
            [
                Csv("wro.csv", "Effective Date (mm/dd/yyyy)|2020-01-02", "mm/dd/yyyy"), Csv("wro.csv", "Effective Date (mm/dd/yyyy)|13/45/2020", "mm/dd/yyyy"),
                Csv("wro.csv", "Entity| ", "empty entity"),
            ],
            "evidence-csv" =>
            [
                Csv("evidence.csv", "node|mx-no-such-node", "no node with id"), Csv("evidence.csv", "node|", "is required"),
                Csv("evidence.csv", "kind|hearsay", "unknown evidence kind"), Csv("evidence.csv", "title|", "is required"),
                Csv("evidence.csv", "date|2026-13-40", "is not a date"), Csv("evidence.csv", "date|2999-01-01", "is after today"),
                Csv("evidence.csv", "url|ftp://example.org/x", "http or https"), Csv("evidence.csv", "url|javascript:alert(1)", "http or https"),
                Csv("evidence.csv", "title|" + new string('T', 5000), "longer than"),
            ],
            "ftm" =>
            [
                Line("entities.ftm.json", "\"name\": [", "\"nome\": [", "no name and no caption"),
                Line("entities.ftm.json", "\"asset\": [\"mx-c\"]", "\"asset\": []", "owner and an asset"),
                Line("entities.ftm.json", "\"id\": \"mx-b\"", "\"id\": \"mx-a\"", "appears twice", 2),
                Line("entities.ftm.json", "\"id\": \"", "\"idx\": \"", "without an id"),
            ],
            "graph-json" => [],
            "ofac-xml" =>
            [
                Line("sdn.xml", "<uid>", "<uidx>", "", 4),
                Line("sdn.xml", "<sdnType>Entity</sdnType>", "<sdnType>Ship</sdnType>", "sdnType 'Ship'"),
                Line("sdn.xml", "<Publish_Date>04/01/2021</Publish_Date>", "<Publish_Date>2021-04-01</Publish_Date>", "MM/dd/yyyy"),
                Line("sdn.xml", "<uid>22704</uid>", "<uid>19611</uid>", "appears twice"),
                Line("sdn.xml", "<lastName>KIM</lastName>", "<lastName> </lastName>", "without lastName"),
            ],
            "ofac-advanced-xml" =>
            [
                Line("sdn_advanced.xml", "PartySubTypeID=\"4\"", "PartySubTypeID=\"99\"", "PartySubTypeID 99"),
                Line("sdn_advanced.xml", "Primary=\"true\"", "Primary=\"false\"", "no primary name"),
                Line("sdn_advanced.xml", "To-ProfileID=\"12\"", "To-ProfileID=\"77\"", "not among the DistinctParties"),
                Line("sdn_advanced.xml", "<Profile ID=\"1", "<Profile IDX=\"1", "without ID"),
            ],
            _ => [],
        };
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var b = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { b.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else b.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(b.ToString()); b.Clear(); }
            else b.Append(ch);
        }
        fields.Add(b.ToString());
        return fields;
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
