using Traceability.Core.Evidence;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Reports;

/// <summary>Builds report rows for worksites and transporters.</summary>
internal sealed class WorksiteRows(RiskIndex risk, IReadOnlyList<EvidenceItem> evidence, ReportOptions options)
{
    private readonly GraphSnapshot _g = risk.Graph;
    private readonly EvidenceLedger _ledger = new(risk.Graph, evidence, options);

    public WorksiteRow Row(int v, int tier, IReadOnlyList<int> products)
    {
        var a = _g.AttributesOf(v);
        var parent = ParentCompanies.Of(_g, v);
        var supplies = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (m, _) in _g.Outgoing(v, RelKind.Produces)) supplies.Add(_g.NameOf(m));
        foreach (var (_, e) in _g.Outgoing(v, RelKind.Supplies))
            if (_g.EdgeMaterial[e] is { Length: > 0 } mat) supplies.Add(mat);
        return new WorksiteRow(_g.IdOf(v), _g.KindOf(v).ToString(), _g.NameOf(v), a.Address, a.City, a.Country ?? a.Flag, a.FacilityType ?? a.Mode,
            parent, a.ProductTypes, [.. supplies], Workers(v), tier, [.. products.Order().Select(_g.IdOf)], Flags(v),
            _ledger.Status(v, parent, products));
    }

    public IReadOnlyList<string> Flags(int v) =>
        [.. risk.FlagsOf(v).Select(f => f.Kind).Distinct().OrderBy(k => k).Select(FlagKinds.Code)];

    private long? Workers(int v)
    {
        if (_g.AttributesOf(v).Workers is { } w) return w;
        long? sum = null;
        foreach (var (l, _) in _g.Incoming(v, RelKind.WorksAt))
            if (_g.AttributesOf(l).Workers is { } lw) sum = (sum ?? 0) + lw;
        return sum;
    }
}
