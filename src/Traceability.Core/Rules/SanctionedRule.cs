namespace Traceability.Core.Rules;

/// <summary>SANCTIONED: a facility, carrier or product that is itself a listed (or outright blocked) party.</summary>
public sealed class SanctionedRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "sanctioned.listed";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.Sanctioned;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        foreach (var group in c.Seeds)
        {
            var v = group.Key;
            if (!c.Graph.IsSupplyNode(v)) continue;
            var entries = string.Join(", ", group.Select(s => s.Entry).Distinct().Order(StringComparer.Ordinal));
            var sources = string.Join("; ", group.Select(s => s.Source).Distinct().Order(StringComparer.Ordinal));
            var blocking = group.Any(s => s.Blocking);
            var basis = blocking ? LegalBasis.SanctionsList : LegalBasis.WatchList;
            yield return (v, new Flag(Kind, Id, $"{basis} ({entries})", blocking ? Severity.Critical : Severity.High, c.Graph.IdOf(v),
                blocking ? $"{c.Name(v)} is a blocked party: {entries} ({sources})"
                    : $"{c.Name(v)} is on a forced-labor watch list: {entries} ({sources}); goods from it are detained or presumed barred, but it is not an OFAC-blocked party", []));
        }
    }
}
