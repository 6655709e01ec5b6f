using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Traceability.Core.Graph;
using Traceability.Core.Screening;

namespace Traceability.Storage.Lists;

/// <summary>
/// OFAC <c>SDN_ADVANCED.XML</c> (the UN/Wolfsberg "Advanced Sanctions List Standard"), the only OFAC format with
/// ownership edges. Reads <c>DateOfIssue</c>, the reference value sets, <c>Locations</c>, <c>IDRegDocuments</c>,
/// <c>DistinctParties</c> (names, party subtype, location and nationality features), <c>ProfileRelationships</c>
/// and <c>SanctionsEntries</c> (programs). Sections are streamed record by record into small raw records and
/// joined at the end, so their order in the file does not matter. Profile ID (= legacy ent_num) is the entry id.
/// </summary>
internal static partial class OfacAdvancedXmlParser
{
    public const string Format = "ofac-advanced-xml";

    private sealed record NamePart(string GroupId, string Value);

    private sealed record AliasRaw(string TypeId, bool Primary, bool LowQuality, List<List<NamePart>> Names, long Line);

    private sealed record FeatureRaw(string TypeId, List<string> LocationIds, long Line);

    private sealed record PartyRaw(string ProfileId, string SubTypeId, long Line, List<string> IdentityIds,
        Dictionary<string, string> NameGroups, List<AliasRaw> Aliases, List<FeatureRaw> Features);

    private sealed record LocationRaw(string? CountryId, List<(string TypeId, string Value)> Parts, long Line);

    private sealed record IdDocRaw(string TypeId, string Number, string? CountryId, long Line);

    private sealed record RelationRaw(string From, string To, string TypeId, long Line);

    private sealed record SanctionsEntryRaw(string ProfileId, string? ListId, List<(string TypeId, string? Comment)> Measures, long Line);

    private sealed class Raw
    {
        public string? Published { get; set; }
        public XElement? References { get; set; }
        public Dictionary<string, LocationRaw> Locations { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<IdDocRaw>> IdDocs { get; } = new(StringComparer.Ordinal);
        public List<PartyRaw> Parties { get; } = [];
        public List<RelationRaw> Relations { get; } = [];
        public List<SanctionsEntryRaw> Entries { get; } = [];
    }

    public static ParsedList Parse(string path)
    {
        var errors = new List<ImportError>();
        var file = Path.GetFileName(path);
        var raw = new Raw();
        if (ListFiles.CheckNotEmpty(path, errors))
        {
            try
            {
                using var reader = SafeXml.Open(path);
                reader.MoveToContent();
                if (reader.LocalName != "Sanctions")
                    errors.Add(new(file, SafeXml.Line(reader), reader.LocalName, $"root element is <{reader.LocalName}>, expected <Sanctions> (OFAC SDN_ADVANCED.XML)"));
                else ReadSections(file, reader, raw, errors);
                SafeXml.ReadToEnd(reader);
            }
            catch (XmlException e)
            {
                errors.Add(SafeXml.Error(path, e));
            }
        }
        if (errors.Count == 0 && raw.References is null) errors.Add(new(file, 0, "ReferenceValueSets", "no ReferenceValueSets: the lookup tables every record refers to are missing"));
        ListFiles.ThrowIfAny(errors);
        var entries = Build(file, raw, errors);
        ListFiles.ThrowIfAny(errors);
        return new ParsedList(OfacCsvParser.ListKey, Format, raw.Published, ListFiles.Sha256([path]), [file], entries);
    }

    private static void ReadSections(string file, XmlReader reader, Raw raw, List<ImportError> errors)
    {
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth && !ListFiles.TooMany(errors))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            switch (reader.LocalName)
            {
                case "DateOfIssue": raw.Published = IssueDate(file, SafeXml.ReadElement(reader), errors); break;
                case "ReferenceValueSets": raw.References = SafeXml.ReadElement(reader); break;
                case "Locations": SafeXml.ForEachChild(reader, x => ReadLocation(file, x, raw, errors)); break;
                case "IDRegDocuments": SafeXml.ForEachChild(reader, x => ReadIdDoc(file, x, raw, errors)); break;
                case "DistinctParties": SafeXml.ForEachChild(reader, x => ReadParty(file, x, raw, errors)); break;
                case "ProfileRelationships": SafeXml.ForEachChild(reader, x => ReadRelation(file, x, raw, errors)); break;
                case "SanctionsEntries": SafeXml.ForEachChild(reader, x => ReadSanctionsEntry(file, x, raw, errors)); break;
                default: reader.Skip(); break;
            }
        }
    }

    private static string? IssueDate(string file, XElement x, List<ImportError> errors)
    {
        string? Part(string name) => x.Descendants().FirstOrDefault(d => d.Name.LocalName == name)?.Value.Trim();
        if (int.TryParse(Part("Year"), CultureInfo.InvariantCulture, out var y) && int.TryParse(Part("Month"), CultureInfo.InvariantCulture, out var m) &&
            int.TryParse(Part("Day"), CultureInfo.InvariantCulture, out var d) && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        errors.Add(new(file, SafeXml.Line(x), "DateOfIssue", "DateOfIssue is not a valid Year/Month/Day date"));
        return null;
    }

    private static void ReadLocation(string file, XElement x, Raw raw, List<ImportError> errors)
    {
        if (Required(file, x, "ID", errors) is not { } id) return;
        var country = SafeXml.Children(x, "LocationCountry").Select(c => (string?)c.Attribute("CountryID")).FirstOrDefault();
        var parts = SafeXml.Children(x, "LocationPart")
            .Select(p => ((string?)p.Attribute("LocPartTypeID") ?? "", p.Descendants().FirstOrDefault(d => d.Name.LocalName == "Value")?.Value.Trim() ?? ""))
            .Where(p => p.Item2.Length > 0).ToList();
        raw.Locations[id] = new LocationRaw(country, parts, SafeXml.Line(x));
    }

    private static void ReadIdDoc(string file, XElement x, Raw raw, List<ImportError> errors)
    {
        var identity = Required(file, x, "IdentityID", errors);
        var type = Required(file, x, "IDRegDocTypeID", errors);
        var number = SafeXml.Text(x, "IDRegistrationNo");
        if (identity is null || type is null || number is null) return;
        if (!raw.IdDocs.TryGetValue(identity, out var list)) raw.IdDocs[identity] = list = [];
        list.Add(new IdDocRaw(type, number, (string?)x.Attribute("IssuedBy-CountryID"), SafeXml.Line(x)));
    }

    private static void ReadParty(string file, XElement party, Raw raw, List<ImportError> errors)
    {
        var profiles = SafeXml.Children(party, "Profile").ToList();
        if (profiles.Count == 0) errors.Add(new(file, SafeXml.Line(party), "Profile", "DistinctParty without a Profile"));
        foreach (var profile in profiles)
        {
            var id = Required(file, profile, "ID", errors);
            var subType = Required(file, profile, "PartySubTypeID", errors);
            if (id is null || subType is null) continue;
            var p = new PartyRaw(id, subType, SafeXml.Line(profile), [], new(StringComparer.Ordinal), [], []);
            foreach (var identity in SafeXml.Children(profile, "Identity"))
            {
                if ((string?)identity.Attribute("ID") is { } identityId) p.IdentityIds.Add(identityId);
                foreach (var g in identity.Descendants().Where(d => d.Name.LocalName == "NamePartGroup"))
                    if ((string?)g.Attribute("ID") is { } gid && (string?)g.Attribute("NamePartTypeID") is { } tid) p.NameGroups[gid] = tid;
                foreach (var alias in SafeXml.Children(identity, "Alias"))
                {
                    var names = SafeXml.Children(alias, "DocumentedName")
                        .Select(n => n.Descendants().Where(d => d.Name.LocalName == "NamePartValue")
                            .Select(v => new NamePart((string?)v.Attribute("NamePartGroupID") ?? "", v.Value.Trim())).Where(v => v.Value.Length > 0).ToList())
                        .Where(n => n.Count > 0).ToList();
                    p.Aliases.Add(new AliasRaw((string?)alias.Attribute("AliasTypeID") ?? "", Bool(alias, "Primary"), Bool(alias, "LowQuality"), names, SafeXml.Line(alias)));
                }
            }
            foreach (var f in SafeXml.Children(profile, "Feature"))
            {
                var locations = f.Descendants().Where(d => d.Name.LocalName == "VersionLocation").Select(v => (string?)v.Attribute("LocationID")).OfType<string>().ToList();
                if ((string?)f.Attribute("FeatureTypeID") is { } ft && locations.Count > 0) p.Features.Add(new FeatureRaw(ft, locations, SafeXml.Line(f)));
            }
            raw.Parties.Add(p);
        }
    }

    private static void ReadRelation(string file, XElement x, Raw raw, List<ImportError> errors)
    {
        var from = Required(file, x, "From-ProfileID", errors);
        var to = Required(file, x, "To-ProfileID", errors);
        var type = Required(file, x, "RelationTypeID", errors);
        // A relation OFAC marks as former no longer holds.
        if (from is null || to is null || type is null || Bool(x, "Former")) return;
        raw.Relations.Add(new RelationRaw(from, to, type, SafeXml.Line(x)));
    }

    private static void ReadSanctionsEntry(string file, XElement x, Raw raw, List<ImportError> errors)
    {
        if (Required(file, x, "ProfileID", errors) is not { } profile) return;
        var measures = SafeXml.Children(x, "SanctionsMeasure")
            .Select(m => ((string?)m.Attribute("SanctionsTypeID") ?? "", SafeXml.Text(m, "Comment"))).ToList();
        raw.Entries.Add(new SanctionsEntryRaw(profile, (string?)x.Attribute("ListID"), measures, SafeXml.Line(x)));
    }

    private static string? Required(string file, XElement x, string attribute, List<ImportError> errors)
    {
        var v = ((string?)x.Attribute(attribute))?.Trim();
        if (!string.IsNullOrEmpty(v)) return v;
        errors.Add(new(file, SafeXml.Line(x), attribute, $"<{x.Name.LocalName}> without {attribute}"));
        return null;
    }

    private static bool Bool(XElement x, string attribute) => string.Equals((string?)x.Attribute(attribute), "true", StringComparison.OrdinalIgnoreCase);
}
