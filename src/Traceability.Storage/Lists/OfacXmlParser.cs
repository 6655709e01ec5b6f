using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Traceability.Core.Graph;
using Traceability.Core.Screening;

namespace Traceability.Storage.Lists;

/// <summary>
/// OFAC legacy <c>sdn.xml</c>: root <c>sdnList</c> (namespace http://tempuri.org/sdnList.xsd; the Sanctions List
/// Service writes another namespace, so any namespace is accepted), <c>publshInformation/Publish_Date</c>
/// (MM/dd/yyyy) and one <c>sdnEntry</c> per party. Entries are read one at a time.
/// </summary>
internal static class OfacXmlParser
{
    public const string Format = "ofac-xml";

    public static ParsedList Parse(string path)
    {
        var errors = new List<ImportError>();
        var file = Path.GetFileName(path);
        var entries = new List<EntryBuilder>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? published = null;
        if (ListFiles.CheckNotEmpty(path, errors))
        {
            try
            {
                using var reader = SafeXml.Open(path);
                reader.MoveToContent();
                if (reader.LocalName != "sdnList")
                    errors.Add(new(file, SafeXml.Line(reader), reader.LocalName, $"root element is <{reader.LocalName}>, expected <sdnList> (OFAC sdn.xml)"));
                else
                    SafeXml.ForEachChild(reader, child =>
                    {
                        if (ListFiles.TooMany(errors)) return;
                        if (child.Name.LocalName is "publshInformation" or "publishInformation") published = PublishDate(file, child, errors) ?? published;
                        else if (child.Name.LocalName == "sdnEntry" && ReadEntry(file, child, errors) is { } e)
                        {
                            if (ids.Add(e.EntryId)) entries.Add(e);
                            else errors.Add(new(file, e.Line, "uid", $"uid {e.EntryId} appears twice"));
                        }
                    });
                SafeXml.ReadToEnd(reader);
            }
            catch (XmlException e)
            {
                errors.Add(SafeXml.Error(path, e));
            }
        }
        ListFiles.ThrowIfAny(errors);
        var built = RelationTargets.Resolve(entries.Select(e => e.Build()).ToList());
        return new ParsedList(OfacCsvParser.ListKey, Format, published, ListFiles.Sha256([path]), [file], built);
    }

    private static string? PublishDate(string file, XElement info, List<ImportError> errors)
    {
        if (SafeXml.Text(info, "Publish_Date") is not { } text) return null;
        if (DateOnly.TryParseExact(text, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        errors.Add(new(file, SafeXml.Line(info), "Publish_Date", $"Publish_Date '{text}' is not a date in MM/dd/yyyy form"));
        return null;
    }

    private static EntryBuilder? ReadEntry(string file, XElement x, List<ImportError> errors)
    {
        var line = SafeXml.Line(x);
        var uid = SafeXml.Text(x, "uid");
        var last = SafeXml.Text(x, "lastName");
        var type = SafeXml.Text(x, "sdnType");
        EntryKind? kind = type?.ToLowerInvariant() switch
        {
            null or "entity" => EntryKind.Entity,
            "individual" => EntryKind.Individual,
            "vessel" => EntryKind.Vessel,
            "aircraft" => EntryKind.Aircraft,
            _ => null,
        };
        if (uid is null) errors.Add(new(file, line, "uid", "sdnEntry without uid"));
        if (last is null) errors.Add(new(file, line, "lastName", $"sdnEntry {uid} without lastName"));
        if (kind is null) errors.Add(new(file, line, "sdnType", $"sdnType '{type}' is not Individual, Entity, Vessel or Aircraft"));
        if (uid is null || last is null || kind is null) return null;

        var individual = kind == EntryKind.Individual;
        var e = new EntryBuilder(OfacCsvParser.ListKey, uid, line) { Kind = kind.Value, Name = FullName(last, SafeXml.Text(x, "firstName"), individual) };
        foreach (var p in Grandchildren(x, "programList", "program")) e.AddProgram(p.Value);
        foreach (var aka in Grandchildren(x, "akaList", "aka"))
        {
            if (SafeXml.Text(aka, "lastName") is not { } akaLast) continue;
            var name = FullName(akaLast, SafeXml.Text(aka, "firstName"), individual);
            if (string.Equals(SafeXml.Text(aka, "category"), "weak", StringComparison.OrdinalIgnoreCase)) e.AddWeakAlias(name);
            else e.AddAlias(name);
        }
        foreach (var a in Grandchildren(x, "addressList", "address"))
        {
            var country = SafeXml.Text(a, "country");
            var iso = CountryNames.ToIso(country);
            e.AddCountry(iso);
            var parts = new[] { "address1", "address2", "address3", "city", "stateOrProvince", "postalCode" }.Select(n => SafeXml.Text(a, n)).OfType<string>().ToList();
            if (parts.Count > 0 || (country is not null && iso is null))
                e.AddAddress(string.Join(", ", parts.Append(country).OfType<string>()));
        }
        foreach (var id in Grandchildren(x, "idList", "id"))
        {
            if (SafeXml.Text(id, "idType") is not { } idType || SafeXml.Text(id, "idNumber") is not { } number) continue;
            var t = OfacRemarks.IdentifierType(idType);
            e.AddIdentifier(t, t == "imo" ? OfacRemarks.ImoDigits(number) : number, CountryNames.ToIso(SafeXml.Text(id, "idCountry")));
        }
        foreach (var n in Grandchildren(x, "nationalityList", "nationality").Concat(Grandchildren(x, "citizenshipList", "citizenship")))
            e.AddCountry(CountryNames.ToIso(SafeXml.Text(n, "country")));
        if (x.Element(x.Name.Namespace + "vesselInfo") is { } vessel)
        {
            e.AddCountry(CountryNames.ToIso(SafeXml.Text(vessel, "vesselFlag")));
            e.AddIdentifier("call-sign", SafeXml.Text(vessel, "callSign"));
            if (SafeXml.Text(vessel, "vesselOwner") is { } owner) e.AddRelation(new EntryRelation("owned-by", EntryBuilder.Clean(owner)!));
        }
        if (SafeXml.Text(x, "remarks") is { } remarks)
        {
            e.AddRemarks(EntryBuilder.Clean(remarks));
            OfacRemarks.Apply(remarks, e);
        }
        return e;
    }

    /// <summary>"lastName, firstName" for individuals with a first name, as OFAC writes them; else the last name.</summary>
    private static string FullName(string last, string? first, bool individual) =>
        EntryBuilder.Clean(individual && first is not null ? $"{last}, {first}" : last)!;

    private static IEnumerable<XElement> Grandchildren(XElement x, string list, string item) =>
        SafeXml.Children(x, list).SelectMany(l => SafeXml.Children(l, item));
}
