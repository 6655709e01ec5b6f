using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Reports;

/// <summary>
/// Works out which evidence counts for a worksite: items about the worksite itself, the workforces that work there,
/// its owners up the parent-company chain, the companies that operate it, the products in scope it is upstream of, and
/// their importers (a policy, contract or training record of the importer covers every worksite of its goods).
/// </summary>
internal sealed class EvidenceLedger(GraphSnapshot g, IReadOnlyList<EvidenceItem> evidence, ReportOptions options)
{
    private readonly ILookup<string, EvidenceItem> _byNode = evidence.ToLookup(e => e.Node.Value, StringComparer.Ordinal);

    // Importers per product, found once: a product with a million suppliers has a million in-edges to filter, and every one
    // of its worksites asks (the report of a 100,000-supplier hub took minutes without this).
    private readonly Dictionary<int, NodeId[]> _importers = [];

    public EvidenceStatus Status(int v, ParentCompany? parent, IEnumerable<int> products)
    {
        var sources = new List<(NodeId Node, string Relation)> { (g.IdOf(v), "worksite") };
        foreach (var (l, _) in g.Incoming(v, RelKind.WorksAt)) sources.Add((g.IdOf(l), "workforce"));
        foreach (var hop in parent?.Chain ?? []) sources.Add((hop.Owner, "owner"));
        foreach (var (c, _) in g.Incoming(v, RelKind.Operates)) sources.Add((g.IdOf(c), "operator"));
        foreach (var p in products)
        {
            sources.Add((g.IdOf(p), "product"));
            if (!_importers.TryGetValue(p, out var importers))
                _importers[p] = importers = [.. g.Incoming(p, RelKind.Imports).Select(x => g.IdOf(x.Node))];
            foreach (var imp in importers) sources.Add((imp, "importer"));
        }
        var items = new List<AppliedEvidence>();
        var seen = new HashSet<long>();
        foreach (var (node, relation) in sources)
        {
            foreach (var item in _byNode[node.Value])
            {
                var (counted, fresh) = options.Age(item);
                if (counted && seen.Add(item.Id)) items.Add(new AppliedEvidence(item, node, relation, fresh));
            }
        }
        items = [.. items.OrderBy(a => EvidenceKinds.Get(a.Item.Kind).Number).ThenBy(a => a.Item.Id)];
        var present = new List<string>();
        var stale = new List<string>();
        var missing = new List<string>();
        foreach (var kind in EvidenceKinds.All)
        {
            var ofKind = items.Where(a => a.Item.Kind == kind.Id).ToList();
            if (ofKind.Count == 0) missing.Add(kind.Id);
            else if (ofKind.Any(a => a.Fresh)) present.Add(kind.Id);
            else stale.Add(kind.Id);
        }
        return new EvidenceStatus(present, stale, missing, items);
    }
}
