using System.Xml.Linq;
using Traceability.Core.Graph;
using Traceability.Core.Screening;

namespace Traceability.Storage.Lists;

internal static partial class OfacAdvancedXmlParser
{
    /// <summary>RelationTypeID 15003, "Owned or Controlled By": From is owned by To.</summary>
    public const string OwnedOrControlledBy = "15003";

    /// <summary>RelationTypeID 92019, "Owns, controls, or operates": From owns To.</summary>
    public const string OwnsControlsOrOperates = "92019";

    // Features whose location stands for a country tied to the party. Place of birth and former flags are left out.
    private static readonly HashSet<string> CountryFeatures = new(StringComparer.OrdinalIgnoreCase)
    {
        "Location", "Nationality Country", "Citizenship Country", "Vessel Flag", "Nationality of Registration",
    };

    private static List<ListEntry> Build(string file, Raw raw, List<ImportError> errors)
    {
        var refs = new AdvancedReferences(file, raw.References!, errors);
        var parties = new Dictionary<string, EntryBuilder>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in raw.Parties)
        {
            if (ListFiles.TooMany(errors)) break;
            if (parties.ContainsKey(p.ProfileId))
            {
                errors.Add(new(file, p.Line, "ID", $"Profile ID {p.ProfileId} appears twice"));
                continue;
            }
            if (BuildParty(file, p, raw, refs, errors) is { } e) parties.Add(p.ProfileId, e);
            else failed.Add(p.ProfileId);
        }

        var onSdn = new HashSet<string>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in raw.Entries)
        {
            if (!parties.TryGetValue(s.ProfileId, out var e))
            {
                if (failed.Contains(s.ProfileId)) continue;
                errors.Add(new(file, s.Line, "ProfileID", $"SanctionsEntry names profile {s.ProfileId}, which is not among the DistinctParties"));
                continue;
            }
            listed.Add(s.ProfileId);
            if (s.ListId is not null && string.Equals(refs.Text("List", s.ListId, s.Line), "SDN List", StringComparison.OrdinalIgnoreCase)) onSdn.Add(s.ProfileId);
            foreach (var (typeId, comment) in s.Measures)
                if (refs.Text("SanctionsType", typeId, s.Line) == "Program") e.AddProgram(comment);
        }
        // Entries of other lists (e.g. in CONS_ADVANCED.XML: SSI, NS-MBS) do not block; a party without any entry is taken as listed.
        foreach (var (id, e) in parties) e.Blocking = !listed.Contains(id) || onSdn.Contains(id);

        foreach (var r in raw.Relations)
        {
            if (!parties.TryGetValue(r.From, out var from) || !parties.TryGetValue(r.To, out var to))
            {
                if (failed.Contains(r.From) || failed.Contains(r.To)) continue;
                errors.Add(new(file, r.Line, parties.ContainsKey(r.From) ? "To-ProfileID" : "From-ProfileID",
                    $"ProfileRelationship {r.From} -> {r.To} names a profile that is not among the DistinctParties"));
                continue;
            }
            var (forward, backward) = r.TypeId switch
            {
                OwnedOrControlledBy => ("owned-by", "owns"),
                OwnsControlsOrOperates => ("owns", "owned-by"),
                _ => ("linked-to", "linked-to"),
            };
            from.AddRelation(new EntryRelation(forward, to.Name!, to.EntryId));
            to.AddRelation(new EntryRelation(backward, from.Name!, from.EntryId));
        }
        return parties.Values.Select(e => e.Build()).ToList();
    }

    private static EntryBuilder? BuildParty(string file, PartyRaw p, Raw raw, AdvancedReferences refs, List<ImportError> errors)
    {
        var kind = Kind(p, refs);
        if (kind is null)
        {
            errors.Add(new(file, p.Line, "PartySubTypeID", $"PartySubTypeID {p.SubTypeId} is not an individual, entity, vessel or aircraft"));
            return null;
        }
        var e = new EntryBuilder(OfacCsvParser.ListKey, p.ProfileId, p.Line) { Kind = kind.Value };
        foreach (var alias in p.Aliases.OrderByDescending(a => a.Primary))
        {
            refs.Text("AliasType", alias.TypeId, alias.Line);
            foreach (var parts in alias.Names)
            {
                var name = AssembleName(parts, p.NameGroups, refs, alias.Line);
                if (alias.Primary && e.Name is null) e.Name = name;
                else if (alias.LowQuality) e.AddWeakAlias(name);
                else e.AddAlias(name);
            }
        }
        if (e.Name is null)
        {
            errors.Add(new(file, p.Line, "Alias", $"profile {p.ProfileId} has no primary name (an Alias with Primary=\"true\")"));
            return null;
        }
        foreach (var identity in p.IdentityIds)
            foreach (var doc in raw.IdDocs.GetValueOrDefault(identity) ?? [])
            {
                if (refs.Text("IDRegDocType", doc.TypeId, doc.Line) is not { } docType) continue;
                var type = OfacRemarks.IdentifierType(docType);
                e.AddIdentifier(type, type == "imo" ? OfacRemarks.ImoDigits(doc.Number) : doc.Number, doc.CountryId is null ? null : refs.Country(doc.CountryId, doc.Line));
            }
        foreach (var f in p.Features)
        {
            if (refs.Text("FeatureType", f.TypeId, f.Line)?.Trim() is not { } feature || !CountryFeatures.Contains(feature)) continue;
            foreach (var locationId in f.LocationIds)
            {
                if (!raw.Locations.TryGetValue(locationId, out var loc))
                {
                    errors.Add(new(file, f.Line, "LocationID", $"LocationID {locationId} is not among the Locations"));
                    continue;
                }
                var iso = loc.CountryId is null ? null : refs.Country(loc.CountryId, loc.Line);
                e.AddCountry(iso);
                if (feature.Equals("Location", StringComparison.OrdinalIgnoreCase) && loc.Parts.Count > 0)
                {
                    var countryName = loc.CountryId is null ? null : refs.Text("Country", loc.CountryId, loc.Line);
                    e.AddAddress(string.Join(", ", loc.Parts.Select(x => x.Value).Append(countryName).OfType<string>()));
                }
            }
        }
        return e;
    }

    private static EntryKind? Kind(PartyRaw p, AdvancedReferences refs)
    {
        if (refs.Get("PartySubType", p.SubTypeId, p.Line) is not { } sub) return null;
        var text = sub.Value.Trim();
        if (text == "Unknown" && (string?)sub.Attribute("PartyTypeID") is { } typeId) text = refs.Text("PartyType", typeId, p.Line) ?? text;
        return text switch
        {
            "Individual" => EntryKind.Individual,
            "Entity" => EntryKind.Entity,
            "Vessel" => EntryKind.Vessel,
            "Aircraft" => EntryKind.Aircraft,
            _ => null,
        };
    }

    /// <summary>"LAST, First Middle" when a Last Name part is present (as the legacy files write people), else the parts in order.</summary>
    private static string AssembleName(List<NamePart> parts, Dictionary<string, string> groups, AdvancedReferences refs, long line)
    {
        var last = new List<string>();
        var rest = new List<string>();
        foreach (var part in parts)
        {
            var type = groups.TryGetValue(part.GroupId, out var typeId) ? refs.Text("NamePartType", typeId, line) : null;
            (type == "Last Name" ? last : rest).Add(part.Value);
        }
        var name = last.Count > 0 && rest.Count > 0 ? $"{string.Join(' ', last)}, {string.Join(' ', rest)}" : string.Join(' ', last.Concat(rest));
        return EntryBuilder.Clean(name)!;
    }
}
