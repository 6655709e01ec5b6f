using System.Globalization;

namespace Traceability.Storage.Generation;

/// <summary>
/// What <see cref="NetworkGenerator"/> builds: a size (finished products, or an approximate node total)
/// and a seed; the same options always give byte-identical files. Rates are shares of the eligible
/// nodes; a positive rate yields at least one case, so small networks still hold every kind of finding.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Largest node count accepted (IMO numbers and padded ids stay unique and ordered well past it).</summary>
    public const int MaxNodes = 20_000_000;

    /// <summary>Largest product count accepted (about <see cref="MaxNodes"/> nodes).</summary>
    public const int MaxProducts = 2_400_000;

    /// <summary>Number of finished products; the rest of the network scales with it.</summary>
    public int? Products { get; init; }

    /// <summary>Approximate total node count; the generator picks the product count that comes closest.</summary>
    public int? Nodes { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Share of facilities (of kinds plausible there: mines, fisheries, textile and metal works) located in KP.</summary>
    public double KpFacilityRate { get; init; } = 0.002;

    /// <summary>Share of vessels flagged KP.</summary>
    public double KpVesselRate { get; init; } = 0.01;

    /// <summary>Share of production-site workforces in host countries (CN, RU, ...) that are North Korean.</summary>
    public double KpLaborRate { get; init; } = 0.01;

    /// <summary>Share of port workforces that are North Korean.</summary>
    public double KpPortLaborRate { get; init; } = 0.01;

    /// <summary>Share of vessel crews (on non-KP vessels) that are North Korean.</summary>
    public double KpCrewRate { get; init; } = 0.01;

    /// <summary>Share of companies and persons on a (fictitious) sanctions list.</summary>
    public double SanctionedRate { get; init; } = 0.003;

    /// <summary>Share of factories and assembly plants that send scrap back upstream, closing a cycle.</summary>
    public double RecyclingRate { get; init; } = 0.01;

    /// <summary>Share of non-origin facilities whose suppliers are unknown (untraced branches).</summary>
    public double UntracedRate { get; init; } = 0.03;

    /// <summary>Share of facilities run by an operator other than their owner, and of transporters.</summary>
    public double OperatorRate { get; init; } = 0.06;

    /// <summary>Smallest <see cref="RelationshipsPerNode"/> accepted.</summary>
    public const double MinRelationshipsPerNode = 2.5;

    /// <summary>Largest <see cref="RelationshipsPerNode"/> accepted.</summary>
    public const double MaxRelationshipsPerNode = 10;

    /// <summary>
    /// Relationships per node (all relationships / all nodes) to aim for. Null, the default, leaves the network as drawn:
    /// about 2.4 per node (2.1 in networks of a thousand nodes), the same bytes as before the option existed. Set, the
    /// network keeps the same number of nodes of each label (their attributes are drawn anew) and gains relationships of
    /// kinds it already has: about 70% of those added are supply links (buyers draw more suppliers from the tier above,
    /// and, twice as often as for their first four, from the tier's cross-sector input such as metal parts for garment
    /// and furniture plants), the rest minority shareholdings of 1 to 5% taken by persons and holding companies in
    /// sites and companies, or more shareholders of person-owned companies. Supply chains stay acyclic apart from the
    /// recycling loops, and no party is held more than 100%. From a few thousand nodes up the total lands within about 1%
    /// of the target; smaller networks have too few suppliers to draw from for the higher values.
    /// Between <see cref="MinRelationshipsPerNode"/> and <see cref="MaxRelationshipsPerNode"/>.
    /// </summary>
    public double? RelationshipsPerNode { get; init; }

    /// <summary>Label of the data on every node (<c>source</c>); defaults to one naming the seed.</summary>
    public string? Source { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first bad option.</summary>
    public void Validate()
    {
        if (Products is null == Nodes is null) throw new ArgumentException("give either a product count or a node count, not both or neither");
        if (Products is <= 0 or > MaxProducts) throw new ArgumentException($"the product count must be between 1 and {MaxProducts:N0} (got {Products})");
        if (Nodes is <= 0 or > MaxNodes) throw new ArgumentException($"the node count must be between 1 and {MaxNodes:N0} (got {Nodes})");
        var rates = new (string Name, double Value)[]
        {
            (nameof(KpFacilityRate), KpFacilityRate), (nameof(KpVesselRate), KpVesselRate), (nameof(KpLaborRate), KpLaborRate),
            (nameof(KpPortLaborRate), KpPortLaborRate), (nameof(KpCrewRate), KpCrewRate), (nameof(SanctionedRate), SanctionedRate),
            (nameof(RecyclingRate), RecyclingRate), (nameof(UntracedRate), UntracedRate), (nameof(OperatorRate), OperatorRate),
        };
        foreach (var (name, value) in rates)
            if (!(value >= 0 && value <= 1)) throw new ArgumentException($"{name} must be between 0 and 1 (got {value})");
        if (RelationshipsPerNode is { } r && !(r >= MinRelationshipsPerNode && r <= MaxRelationshipsPerNode))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{nameof(RelationshipsPerNode)} must be between {MinRelationshipsPerNode} and {MaxRelationshipsPerNode} (got {r})"));
    }
}
