using System.Xml.Linq;
using Traceability.Core.Graph;

namespace Traceability.Storage.Lists;

/// <summary>
/// The <c>ReferenceValueSets</c> of an advanced sanctions XML file: lookup tables such as
/// <c>AliasTypeValues/AliasType@ID</c> or <c>CountryValues/Country@ID,@ISO2</c>, addressed by set name without
/// the "Values" suffix. A missing id is an error at the line of the record that names it.
/// </summary>
internal sealed class AdvancedReferences
{
    private readonly Dictionary<(string Set, string Id), XElement> _values = [];
    private readonly string _file;
    private readonly List<ImportError> _errors;

    public AdvancedReferences(string file, XElement root, List<ImportError> errors)
    {
        _file = file;
        _errors = errors;
        foreach (var set in root.Elements())
        {
            var name = set.Name.LocalName.EndsWith("Values", StringComparison.Ordinal) ? set.Name.LocalName[..^"Values".Length] : set.Name.LocalName;
            foreach (var value in set.Elements())
                if ((string?)value.Attribute("ID") is { } id) _values[(name, id)] = value;
        }
    }

    public XElement? Get(string set, string id, long line)
    {
        if (_values.TryGetValue((set, id), out var value)) return value;
        _errors.Add(new(_file, line, $"{set}ID", $"{set}ID {id} is not in ReferenceValueSets/{set}Values"));
        return null;
    }

    public string? Text(string set, string id, long line) => Get(set, id, line)?.Value.Trim();

    /// <summary>The ISO alpha-2 code of a country reference: its ISO2 attribute, else its name through <see cref="CountryNames"/>.</summary>
    public string? Country(string id, long line) =>
        Get("Country", id, line) is { } c ? CountryNames.FromCode((string?)c.Attribute("ISO2")) ?? CountryNames.ToIso(c.Value) : null;
}
