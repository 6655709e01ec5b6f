using Traceability.Core.Snapshots;

namespace Traceability.Core.Screening;

/// <summary>Screens every company, person, carrier and facility of a snapshot against the lists.</summary>
public static class GraphScreener
{
    /// <summary>The query a node is screened as: names, country, kind and identifiers from its properties.</summary>
    public static ScreeningQuery QueryFor(GraphSnapshot g, int v)
    {
        var a = g.AttributesOf(v);
        var kind = g.KindOf(v) switch
        {
            NodeKind.Person => EntryKind.Individual,
            NodeKind.Transporter when a.Mode == "vessel" => EntryKind.Vessel,
            _ => EntryKind.Entity,
        };
        var ids = new List<EntryIdentifier>();
        if (a.Imo is { } imo) ids.Add(new EntryIdentifier("imo", imo));
        if (a.RegistrationNumber is { } reg) ids.Add(new EntryIdentifier("registration", reg, a.Country));
        var country = g.KindOf(v) switch
        {
            NodeKind.Person => a.Nationality ?? a.Country,
            NodeKind.Transporter => a.Flag ?? a.Country,
            _ => a.Country,
        };
        return new ScreeningQuery(g.NameOf(v), a.Aliases, country, kind, ids);
    }

    /// <summary>Matches at or above the threshold for every screenable node, in node order.</summary>
    public static IReadOnlyList<NodeMatch> Screen(GraphSnapshot g, ScreeningIndex index, double threshold, CancellationToken cancellationToken)
    {
        var found = new List<NodeMatch>[g.NodeCount];
        Parallel.For(0, g.NodeCount, new ParallelOptions { CancellationToken = cancellationToken }, v =>
        {
            if (g.KindOf(v) is not (NodeKind.Company or NodeKind.Person or NodeKind.Transporter or NodeKind.Facility)) return;
            var matches = index.Screen(QueryFor(g, v), threshold, limit: 5);
            if (matches.Count > 0) found[v] = [.. matches.Select(m => new NodeMatch(g.IdOf(v), g.NameOf(v), m))];
        });
        return [.. found.Where(f => f is not null).SelectMany(f => f)];
    }
}
