using Traceability.Core.Reference;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Ownership;

/// <summary>Seeds the graph itself provides: list ids recorded on nodes, and parties blocked outright by regulation.</summary>
public static class SanctionSeeds
{
    private static readonly HashSet<string> OutrightNames = new(new[]
    {
        "Government of North Korea",
        "Government of the Democratic People's Republic of Korea",
        "Government of the DPRK",
        "Workers' Party of Korea",
        "Korean Workers' Party",
    }.Select(Key), StringComparer.Ordinal);

    /// <summary>Seeds from <c>sanctionIds</c> on nodes and from names of the Government of North Korea and the Workers' Party of Korea.</summary>
    public static IEnumerable<SanctionSeed> FromGraph(GraphSnapshot g)
    {
        for (var v = 0; v < g.NodeCount; v++)
        {
            foreach (var id in g.AttributesOf(v).SanctionIds)
                yield return new SanctionSeed(g.IdOf(v), id, "recorded on node");
            if (g.KindOf(v) is NodeKind.Company && IsBlockedOutright(g.NameOf(v), g.AttributesOf(v).Aliases))
                yield return new SanctionSeed(g.IdOf(v), "NKSR:31-CFR-510.211", OwnershipResult.OutrightSource);
        }
    }

    /// <summary>True for the Government of North Korea and the Workers' Party of Korea under any of their usual names.</summary>
    public static bool IsBlockedOutright(string name, IEnumerable<string> aliases) =>
        aliases.Prepend(name).Any(n => OutrightNames.Contains(Key(n)));

    private static string Key(string name) => GoodsMatcher.Normalize(name.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal));
}
