using Traceability.Core.Graph;
using Traceability.Core.Screening;
using Traceability.Storage.Csv;

namespace Traceability.Storage.Lists;

/// <summary>
/// The OFAC legacy delimited set: <c>sdn.csv</c> (required) with the optional <c>add.csv</c>, <c>alt.csv</c> and
/// <c>sdn_comments.csv</c>, recognized by file name in any case, given as a folder or as file paths. No header
/// row; <c>-0-</c> is null; fields by position as in OFAC's data specification. Rows of the optional files must
/// name an ent_num of sdn.csv: a mismatch means files from different publications.
/// </summary>
internal static class OfacCsvParser
{
    public const string ListKey = "OFAC-SDN";
    public const string Format = "ofac-csv";

    private const string SdnFile = "sdn.csv";
    private const string AddFile = "add.csv";
    private const string AltFile = "alt.csv";
    private const string CommentsFile = "sdn_comments.csv";
    private static readonly string[] Order = [SdnFile, AddFile, AltFile, CommentsFile];

    public static ParsedList Parse(IReadOnlyList<string> paths)
    {
        var errors = new List<ImportError>();
        var files = FindFiles(paths, errors);
        ListFiles.ThrowIfAny(errors);
        var ordered = Order.Where(files.ContainsKey).Select(n => files[n]).ToList();

        var entries = new Dictionary<string, EntryBuilder>(StringComparer.Ordinal);
        var remarks = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadSdn(files[SdnFile], entries, remarks, errors);
        if (files.TryGetValue(AddFile, out var add)) ReadAddresses(add, entries, errors);
        if (files.TryGetValue(AltFile, out var alt)) ReadAliases(alt, entries, errors);
        if (files.TryGetValue(CommentsFile, out var comments)) ReadComments(comments, entries, remarks, errors);
        ListFiles.ThrowIfAny(errors);

        foreach (var (id, text) in remarks)
        {
            var entry = entries[id];
            var clean = EntryBuilder.Clean(text)!;
            entry.AddRemarks(clean);
            OfacRemarks.Apply(clean, entry);
        }
        var built = RelationTargets.Resolve(entries.Values.Select(e => e.Build()).ToList());
        return new ParsedList(ListKey, Format, null, ListFiles.Sha256(ordered), ordered.Select(p => Path.GetFileName(p)).ToList(), built);
    }

    private static Dictionary<string, string> FindFiles(IReadOnlyList<string> paths, List<ImportError> errors)
    {
        var candidates = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                candidates.AddRange(Directory.GetFiles(path).Where(f => Order.Contains(Path.GetFileName(f), StringComparer.OrdinalIgnoreCase)));
            else if (File.Exists(path))
            {
                if (Order.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase)) candidates.Add(path);
                else errors.Add(new(path, 0, null, $"not a file of the OFAC legacy CSV set (expected {string.Join(", ", Order)})"));
            }
            else errors.Add(new(path, 0, null, "no such file or folder"));
        }
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in candidates)
        {
            var role = Path.GetFileName(file).ToLowerInvariant();
            if (!files.TryAdd(role, file)) errors.Add(new(file, 0, null, $"{role} given twice (also {files[role]})"));
        }
        if (errors.Count == 0 && !files.ContainsKey(SdnFile))
            errors.Add(new(string.Join(", ", paths), 0, null, "sdn.csv is required (add.csv, alt.csv and sdn_comments.csv are optional)"));
        return files;
    }

    private static void ReadSdn(string path, Dictionary<string, EntryBuilder> entries, Dictionary<string, string> remarks, List<ImportError> errors)
    {
        var file = Path.GetFileName(path);
        foreach (var r in Records(path, 12, errors))
        {
            var id = EntNum(file, r, errors);
            var name = Value(r.Fields[1]);
            if (name is null) errors.Add(new(file, r.Line, "SDN_Name", "missing SDN_Name"));
            var kind = Value(r.Fields[2])?.ToLowerInvariant() switch
            {
                null => EntryKind.Entity,
                "individual" => EntryKind.Individual,
                "vessel" => EntryKind.Vessel,
                "aircraft" => EntryKind.Aircraft,
                _ => (EntryKind?)null,
            };
            if (kind is null) errors.Add(new(file, r.Line, "SDN_Type", $"SDN_Type '{r.Fields[2].Trim()}' is not individual, vessel, aircraft or -0- (entity)"));
            if (id is null || name is null || kind is null) continue;
            if (entries.ContainsKey(id))
            {
                errors.Add(new(file, r.Line, "ent_num", $"ent_num {id} appears twice"));
                continue;
            }
            var e = new EntryBuilder(ListKey, id, r.Line) { Name = EntryBuilder.Clean(name), Kind = kind.Value };
            foreach (var program in (Value(r.Fields[3]) ?? "").Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                e.AddProgram(program);
            if (Value(r.Fields[5]) is { } callSign) e.AddIdentifier("call-sign", callSign);
            e.AddCountry(CountryNames.ToIso(Value(r.Fields[9])));
            if (Value(r.Fields[10]) is { } owner) e.AddRelation(new EntryRelation("owned-by", EntryBuilder.Clean(owner)!));
            if (Value(r.Fields[11]) is not null) remarks[id] = r.Fields[11];
            entries.Add(id, e);
        }
    }

    private static void ReadAddresses(string path, Dictionary<string, EntryBuilder> entries, List<ImportError> errors)
    {
        var file = Path.GetFileName(path);
        foreach (var r in Records(path, 6, errors))
        {
            if (Entry(file, r, entries, errors) is not { } e) continue;
            var country = Value(r.Fields[4]);
            var iso = CountryNames.ToIso(country);
            e.AddCountry(iso);
            var street = Value(r.Fields[2]);
            var city = Value(r.Fields[3]);
            // A row holding only a country that maps adds the country and no address text.
            if (street is not null || city is not null || (country is not null && iso is null))
                e.AddAddress(string.Join(", ", new[] { street, city, country }.OfType<string>()));
        }
    }

    private static void ReadAliases(string path, Dictionary<string, EntryBuilder> entries, List<ImportError> errors)
    {
        var file = Path.GetFileName(path);
        foreach (var r in Records(path, 5, errors))
        {
            var e = Entry(file, r, entries, errors);
            var type = Value(r.Fields[2])?.ToLowerInvariant();
            var name = Value(r.Fields[3]);
            if (type is not ("aka" or "fka" or "nka")) errors.Add(new(file, r.Line, "alt_type", $"alt_type '{r.Fields[2].Trim()}' is not aka, fka or nka"));
            else if (name is null) errors.Add(new(file, r.Line, "alt_name", "missing alt_name"));
            else e?.AddAlias(name);
        }
    }

    private static void ReadComments(string path, Dictionary<string, EntryBuilder> entries, Dictionary<string, string> remarks, List<ImportError> errors)
    {
        var file = Path.GetFileName(path);
        foreach (var r in Records(path, 2, errors))
        {
            if (Entry(file, r, entries, errors) is not { } e || Value(r.Fields[1]) is null) continue;
            // The overflow continues the Remarks text, so it is appended as is (the cut may fall inside a word).
            remarks[e.EntryId] = remarks.GetValueOrDefault(e.EntryId, "") + r.Fields[1];
        }
    }

    /// <summary>The records of a headerless OFAC file, each with the expected number of fields.</summary>
    private static List<CsvRecord> Records(string path, int fields, List<ImportError> errors)
    {
        var file = Path.GetFileName(path);
        var records = new List<CsvRecord>();
        var before = errors.Count;
        if (!ListFiles.CheckNotEmpty(path, errors)) return records;
        try
        {
            using var stream = File.OpenRead(path);
            using var csv = new CsvReader(stream);
            while (csv.Read() is { } r && !ListFiles.TooMany(errors))
            {
                // Older OFAC files end with a DOS end-of-file mark (0x1A) on a line of its own.
                if (r.Fields.Length == 1 && r.Fields[0].Trim() is "\u001a" or "") continue;
                if (r.Fields.Length != fields)
                    errors.Add(new(file, r.Line, null, $"expected {fields} fields, found {r.Fields.Length} ({file} has no header; fields are by position)"));
                else records.Add(r);
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new(file, e.Line, e.ColumnName(null), e.Message));
        }
        if (records.Count == 0 && errors.Count == before) errors.Add(new(file, 0, null, "empty file: no records"));
        return records;
    }

    private static EntryBuilder? Entry(string file, CsvRecord r, Dictionary<string, EntryBuilder> entries, List<ImportError> errors)
    {
        if (EntNum(file, r, errors) is not { } id) return null;
        if (entries.TryGetValue(id, out var e)) return e;
        errors.Add(new(file, r.Line, "ent_num", $"ent_num {id} is not in sdn.csv (files from different publications?)"));
        return null;
    }

    private static string? EntNum(string file, CsvRecord r, List<ImportError> errors)
    {
        var id = r.Fields[0].Trim();
        if (id.Length > 0 && id.Length <= 12 && id.All(char.IsAsciiDigit)) return id;
        errors.Add(new(file, r.Line, "ent_num", $"ent_num '{id}' is not a number"));
        return null;
    }

    /// <summary>The trimmed value, or null for OFAC's null mark <c>-0-</c> and for an empty field.</summary>
    private static string? Value(string field)
    {
        var v = field.Trim();
        return v.Length == 0 || v == "-0-" ? null : v;
    }
}
