using Traceability.Core.Screening;

namespace Traceability.Storage.Lists;

/// <summary>
/// Collects one list entry while a parser reads it: keeps values in the order first seen, drops blanks and
/// duplicates (names compare ignoring case), and never lists an alias that equals the primary name.
/// </summary>
internal sealed class EntryBuilder(string list, string entryId, long line)
{
    private readonly List<string> _aliases = [];
    private readonly List<string> _weakAliases = [];
    private readonly List<string> _programs = [];
    private readonly List<string> _countries = [];
    private readonly List<EntryIdentifier> _identifiers = [];
    private readonly List<string> _addresses = [];
    private readonly List<EntryRelation> _relations = [];
    private readonly List<string> _remarks = [];

    public string EntryId { get; } = entryId;

    /// <summary>Line the entry starts on, for errors found after reading.</summary>
    public long Line { get; } = line;

    public string? Name { get; set; }

    public EntryKind Kind { get; set; } = EntryKind.Entity;

    public bool Blocking { get; set; } = true;

    public void AddAlias(string? name) => AddName(_aliases, name);

    public void AddWeakAlias(string? name) => AddName(_weakAliases, name);

    public void AddProgram(string? program) => Add(_programs, program?.Trim(), StringComparer.Ordinal);

    /// <summary>Adds an ISO alpha-2 code (callers map names first).</summary>
    public void AddCountry(string? iso) => Add(_countries, iso, StringComparer.Ordinal);

    public void AddIdentifier(string type, string? value, string? country = null)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) return;
        var id = new EntryIdentifier(type, v, country);
        if (!_identifiers.Contains(id)) _identifiers.Add(id);
    }

    public void AddAddress(string? address) => Add(_addresses, Clean(address), StringComparer.OrdinalIgnoreCase);

    public void AddRelation(EntryRelation relation)
    {
        if (relation.TargetName.Length > 0 && !_relations.Contains(relation)) _relations.Add(relation);
    }

    public void AddRemarks(string? text) => Add(_remarks, text?.Trim(), StringComparer.Ordinal);

    public ListEntry Build() => new()
    {
        List = list,
        EntryId = EntryId,
        Kind = Kind,
        Name = Name ?? throw new InvalidOperationException($"entry {EntryId} has no name"),
        Aliases = Without(_aliases, Name),
        WeakAliases = Without(_weakAliases, Name),
        Programs = [.. _programs],
        Countries = [.. _countries],
        Identifiers = [.. _identifiers],
        Addresses = [.. _addresses],
        Relations = [.. _relations],
        Remarks = _remarks.Count == 0 ? null : string.Join(" ", _remarks),
        Blocking = Blocking,
    };

    private static List<string> Without(List<string> names, string name) =>
        names.Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).ToList();

    private static void AddName(List<string> names, string? name) => Add(names, Clean(name), StringComparer.OrdinalIgnoreCase);

    private static void Add(List<string> values, string? value, StringComparer comparer)
    {
        if (string.IsNullOrEmpty(value) || values.Contains(value, comparer)) return;
        values.Add(value);
    }

    /// <summary>Trims and collapses runs of white space to one space.</summary>
    public static string? Clean(string? text)
    {
        if (text is null) return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
