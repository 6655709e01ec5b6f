using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Traceability.Core.Graph;
using Traceability.Core.Screening;

namespace Traceability.Storage.Lists;

/// <summary>
/// OpenSanctions / FollowTheMoney entities, one JSON object a line (<c>entities.ftm.json</c>). Company,
/// Organization, PublicBody and LegalEntity become entities, Person individuals, Vessel vessels, Airplane aircraft.
/// <c>Sanction</c> entities add their program to the entity they name, <c>Ownership</c> entities become
/// <c>owns</c>/<c>owned-by</c> relations on both sides, <c>UnknownLink</c> entities <c>linked-to</c> relations,
/// and <c>Address</c> entities referenced by <c>addressEntity</c> become addresses. A reference to an entity the
/// file does not hold is kept by id (exports filtered to targets leave such gaps); it is not an error.
/// </summary>
internal static class FtmParser
{
    public const string ListKey = "OPENSANCTIONS";
    public const string Format = "ftm";

    private const int MaxLineBytes = 64 << 20;

    // Duplicate keys are an error, not "the last one wins": {"id":"a","id":"b"} must not pass for either.
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    private static readonly Dictionary<string, EntryKind> Kinds = new(StringComparer.Ordinal)
    {
        ["Company"] = EntryKind.Entity,
        ["Organization"] = EntryKind.Entity,
        ["PublicBody"] = EntryKind.Entity,
        ["LegalEntity"] = EntryKind.Entity,
        ["Person"] = EntryKind.Individual,
        ["Vessel"] = EntryKind.Vessel,
        ["Airplane"] = EntryKind.Aircraft,
    };

    private static readonly Dictionary<string, string> IdentifierProperties = new(StringComparer.Ordinal)
    {
        ["imoNumber"] = "imo",
        ["registrationNumber"] = "registration",
        ["taxNumber"] = "tax",
        ["passportNumber"] = "passport",
        ["idNumber"] = "national-id",
        ["mmsi"] = "mmsi",
        ["leiCode"] = "lei",
    };

    private static readonly string[] CountryProperties = ["country", "jurisdiction", "mainCountry", "nationality", "citizenship", "flag"];

    private sealed record Thing(EntryBuilder Entry, List<string> AddressIds);

    private sealed record Link(string Schema, string? From, string? To, double? Percent, long Line);

    private sealed record Address(string? Text, string? Country);

    private sealed record Sanction(List<string> Entities, List<string> Programs);

    public static ParsedList Parse(string path)
    {
        var errors = new List<ImportError>();
        var file = Path.GetFileName(path);
        var things = new Dictionary<string, Thing>(StringComparer.Ordinal);
        var addresses = new Dictionary<string, Address>(StringComparer.Ordinal);
        var sanctions = new List<Sanction>();
        var links = new List<Link>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (ListFiles.CheckNotEmpty(path, errors))
        {
            var before = errors.Count;
            var any = false;
            using var stream = File.OpenRead(path);
            foreach (var (line, bytes) in ByteLines.Read(stream, MaxLineBytes))
            {
                if (ListFiles.TooMany(errors)) break;
                if (bytes is null)
                {
                    errors.Add(new(file, line, null, $"line longer than {MaxLineBytes} bytes"));
                    break;
                }
                if (bytes.AsSpan().Trim(" \t"u8).IsEmpty) continue;
                any = true;
                if (!Utf8.IsValid(bytes))
                {
                    errors.Add(new(file, line, null, "invalid UTF-8 (the file must be UTF-8 encoded)"));
                    continue;
                }
                try
                {
                    using var doc = JsonDocument.Parse(bytes, Options);
                    ReadEntity(file, line, doc.RootElement, ids, things, addresses, sanctions, links, errors);
                }
                catch (JsonException e)
                {
                    errors.Add(new(file, line, null, $"not a JSON object: {e.Message}"));
                }
                catch (InvalidOperationException e)
                {
                    // A string escape that is no text, such as a lone surrogate \ud800: found only when the string is read.
                    errors.Add(new(file, line, null, $"a JSON string that is not valid text: {e.Message}"));
                }
            }
            if (!any && errors.Count == before) errors.Add(new(file, 0, null, "empty file: no entities"));
        }
        ListFiles.ThrowIfAny(errors);

        foreach (var thing in things.Values)
            foreach (var id in thing.AddressIds)
                if (addresses.TryGetValue(id, out var a))
                {
                    thing.Entry.AddAddress(a.Text);
                    thing.Entry.AddCountry(a.Country);
                }
        foreach (var s in sanctions)
            foreach (var id in s.Entities)
                if (things.TryGetValue(id, out var t))
                    foreach (var program in s.Programs) t.Entry.AddProgram(program);
        foreach (var link in links) AddLink(link, things);

        var entries = things.Values.Select(t => t.Entry.Build()).ToList();
        return new ParsedList(ListKey, Format, null, ListFiles.Sha256([path]), [file], entries);
    }

    private static void ReadEntity(string file, long line, JsonElement root, HashSet<string> ids, Dictionary<string, Thing> things,
        Dictionary<string, Address> addresses, List<Sanction> sanctions, List<Link> links, List<ImportError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(file, line, null, $"expected a JSON object, found {root.ValueKind}"));
            return;
        }
        var id = String(root, "id");
        var schema = String(root, "schema");
        foreach (var (name, value) in new[] { ("id", id), ("schema", schema), ("caption", String(root, "caption")) })
        {
            if (value is not { Length: > Csv.CsvReader.MaxFieldLength }) continue;
            errors.Add(new(file, line, name, $"'{name}' is longer than {Csv.CsvReader.MaxFieldLength} characters"));
            return;
        }
        if (id is null) errors.Add(new(file, line, "id", "entity without an id"));
        if (schema is null) errors.Add(new(file, line, "schema", "entity without a schema"));
        var props = Properties(file, line, root, errors);
        if (id is null || schema is null || props is null) return;
        if (!ids.Add(id))
        {
            errors.Add(new(file, line, "id", $"id '{id}' appears twice"));
            return;
        }
        List<string> P(string name) => props.GetValueOrDefault(name) ?? [];

        switch (schema)
        {
            case "Address":
                var text = P("full").FirstOrDefault() ?? string.Join(", ", new[] { "street", "street2", "city", "postalCode", "region", "state" }.SelectMany(P));
                addresses[id] = new Address(text.Length == 0 ? null : text, P("country").Select(CountryNames.FromCode).FirstOrDefault(c => c is not null));
                return;
            case "Sanction":
                sanctions.Add(new Sanction(P("entity"), P("programId").Count > 0 ? P("programId") : P("program")));
                return;
            case "Ownership":
                links.Add(new Link(schema, P("owner").FirstOrDefault(), P("asset").FirstOrDefault(), Percent(P("percentage")), line));
                if (P("owner").Count == 0 || P("asset").Count == 0) errors.Add(new(file, line, P("owner").Count == 0 ? "owner" : "asset", "Ownership needs an owner and an asset"));
                return;
            case "UnknownLink":
                links.Add(new Link(schema, P("subject").FirstOrDefault(), P("object").FirstOrDefault(), null, line));
                return;
        }
        if (!Kinds.TryGetValue(schema, out var kind)) return;

        var names = P("name");
        var e = new EntryBuilder(ListKey, id, line) { Kind = kind, Name = EntryBuilder.Clean(names.FirstOrDefault() ?? String(root, "caption")) };
        if (string.IsNullOrEmpty(e.Name))
        {
            errors.Add(new(file, line, "name", $"{schema} '{id}' has no name and no caption"));
            return;
        }
        foreach (var n in names.Skip(1).Concat(P("alias")).Concat(P("previousName"))) e.AddAlias(n);
        foreach (var n in P("weakAlias")) e.AddWeakAlias(n);
        foreach (var c in CountryProperties.SelectMany(P)) e.AddCountry(CountryNames.FromCode(c));
        foreach (var (prop, type) in IdentifierProperties)
            foreach (var v in P(prop)) e.AddIdentifier(type, type == "imo" ? OfacRemarks.ImoDigits(v) : v);
        foreach (var program in P("programId")) e.AddProgram(program);
        foreach (var a in P("address")) e.AddAddress(a);
        foreach (var note in P("notes")) e.AddRemarks(EntryBuilder.Clean(note));
        e.Blocking = P("topics").Contains("sanction");
        things[id] = new Thing(e, P("addressEntity"));
    }

    private static void AddLink(Link link, Dictionary<string, Thing> things)
    {
        if (link.From is null || link.To is null) return;
        var from = things.GetValueOrDefault(link.From)?.Entry;
        var to = things.GetValueOrDefault(link.To)?.Entry;
        var (forward, backward) = link.Schema == "Ownership" ? ("owns", "owned-by") : ("linked-to", "linked-to");
        from?.AddRelation(new EntryRelation(forward, to?.Name ?? link.To, link.To, link.Percent));
        to?.AddRelation(new EntryRelation(backward, from?.Name ?? link.From, link.From, link.Percent));
    }

    /// <summary>The property map; every value must be a list of strings (as in entities.ftm.json, not the nested export).</summary>
    private static Dictionary<string, List<string>>? Properties(string file, long line, JsonElement root, List<ImportError> errors)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!root.TryGetProperty("properties", out var props) || props.ValueKind == JsonValueKind.Null) return map;
        if (props.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(file, line, "properties", "properties must be an object"));
            return null;
        }
        foreach (var p in props.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Array || p.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                errors.Add(new(file, line, p.Name, $"property '{p.Name}' must be a list of strings (entity references are ids)"));
                return null;
            }
            if (p.Value.EnumerateArray().Any(v => v.GetString()!.Length > Csv.CsvReader.MaxFieldLength))
            {
                errors.Add(new(file, line, p.Name, $"a value of '{p.Name}' is longer than {Csv.CsvReader.MaxFieldLength} characters"));
                return null;
            }
            map[p.Name] = p.Value.EnumerateArray().Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0).ToList();
        }
        return map;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;

    /// <summary>A share such as "50", "50.0" or "50%"; ranges and words ("majority") give null.</summary>
    private static double? Percent(List<string> values)
    {
        var v = values.FirstOrDefault()?.TrimEnd('%').Trim();
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 100 ? p : null;
    }
}
