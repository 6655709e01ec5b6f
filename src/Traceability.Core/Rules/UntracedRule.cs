namespace Traceability.Core.Rules;

/// <summary>UNTRACED: a facility, carrier or product with no known supplier that is not an origin: the data runs out before the raw material.</summary>
public sealed class UntracedRule : IFlagRule
{
    /// <inheritdoc/>
    public string Id => "untraced.path-end";

    /// <inheritdoc/>
    public FlagKind Kind => FlagKind.Untraced;

    /// <inheritdoc/>
    public IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext c)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!g.IsSupplyNode(v) || g.IsOrigin[v] || g.Suppliers.Degree(v) > 0) continue;
            yield return (v, new Flag(Kind, Id, LegalBasis.ReasonableCare, Severity.Low, g.IdOf(v),
                $"no supplier of {c.Name(v)} is known and it is not an origin (mine, farm, fishery, logging, plantation, or a producer of a raw material): paths through it end before the raw material",
                []));
        }
    }
}
