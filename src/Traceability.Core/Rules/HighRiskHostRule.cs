using Traceability.Core.Reference;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Rules;

/// <summary>HIGH_RISK_HOST: the facility's country and sector are reported to host North Korean workers.</summary>
public sealed class HighRiskHostRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "host.high-risk";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.HighRiskHost;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        var g = c.Graph;
        if (c.Lists.Hosts.Count == 0) yield break;
        var byCountry = c.Lists.Hosts.ToLookup(h => h.Country);
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (g.KindOf(v) != NodeKind.Facility || g.AttributesOf(v).Country is not { } country || !byCountry.Contains(country)) continue;
            var sectors = c.SectorsOf(v).ToList();
            var hits = byCountry[country].Where(h => sectors.Any(s => GoodsMatcher.SectorMatches(h.Sector, s))).ToList();
            if (hits.Count == 0) continue;
            var first = hits[0];
            yield return (v, new Flag(Kind, Id, $"{LegalBasis.HostCountry}; {first.Source}", Severity.Medium, g.IdOf(v),
                $"{c.Name(v)} works in {string.Join(", ", sectors)} in {country}, where {string.Join(", ", hits.Select(h => h.Sector).Distinct())} is reported to employ North Korean workers ({string.Join("; ", hits.Select(h => h.Source).Distinct())})",
                []));
        }
    }
}
