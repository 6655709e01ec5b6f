namespace Traceability.Core.Screening;

/// <summary>One entry of a sanctions or watch list, in the form screening reads.</summary>
public sealed record ListEntry
{
    /// <summary>List key, e.g. <c>OFAC-SDN</c>, <c>OPENSANCTIONS</c>, <c>UFLPA</c>, <c>CBP-WRO</c>.</summary>
    public required string List { get; init; }

    /// <summary>The list's id for the entry (OFAC ent_num, FtM id...).</summary>
    public required string EntryId { get; init; }

    /// <summary>What the entry names.</summary>
    public required EntryKind Kind { get; init; }

    /// <summary>Primary name.</summary>
    public required string Name { get; init; }

    /// <summary>Strong aliases (a.k.a., f.k.a., n.k.a.).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Weak aliases (OFAC "weak a.k.a."): screened only as whole names, never as parts.</summary>
    public IReadOnlyList<string> WeakAliases { get; init; } = [];

    /// <summary>Sanctions programs or list sections, e.g. <c>DPRK3</c>.</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>Countries (ISO alpha-2) tied to the entry: addresses, nationality, flag.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Identifiers: IMO numbers, registration numbers.</summary>
    public IReadOnlyList<EntryIdentifier> Identifiers { get; init; } = [];

    /// <summary>Addresses as listed.</summary>
    public IReadOnlyList<string> Addresses { get; init; } = [];

    /// <summary>Relations the list states.</summary>
    public IReadOnlyList<EntryRelation> Relations { get; init; } = [];

    /// <summary>Remarks as listed.</summary>
    public string? Remarks { get; init; }

    /// <summary>True when a match blocks the party (OFAC and other sanctions lists); false for watch lists (UFLPA, WRO).</summary>
    public bool Blocking { get; init; } = true;

    /// <summary><c>LIST:ID</c>, the reference used in flags and <c>sanctionIds</c>.</summary>
    public string Reference => $"{List}:{EntryId}";

    /// <summary>The primary name and every alias, strong first.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name).Concat(WeakAliases);
}
