using System.Collections;
using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Snapshots;
using Traceability.Core.Tracing;

namespace Traceability.Core.Exposure;

/// <summary>
/// The ranking of the batch pass: product and exposure bits per rank, each <see cref="ProductExposure"/> assembled on
/// first read (ids, names, kinds, path counts and importers are most of the cost of a full report, and a caller
/// paging through a ranking of 100,000 products reads a few dozen). Safe to read from several threads: entries are
/// immutable and a race builds the same value twice.
/// </summary>
internal sealed class RankedExposures(GraphSnapshot graph, ContinuationCounter counter, int[] products, int[] bits,
    IReadOnlyDictionary<int, IReadOnlyList<FlagKind>> kindsByMask) : IReadOnlyList<ProductExposure>
{
    /// <summary>Set on a component whose path counts are bounds rather than exact.</summary>
    public const int Inexact = 1 << 24;

    private readonly ProductExposure?[] _made = new ProductExposure?[products.Length];

    public int Count => products.Length;

    public ProductExposure this[int index] => _made[index] ??= Make(index);

    public IEnumerator<ProductExposure> GetEnumerator()
    {
        for (var i = 0; i < products.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ProductExposure Make(int rank)
    {
        var (v, b) = (products[rank], bits[rank]);
        var mask = b & 0xFFFF;
        return new ProductExposure(graph.IdOf(v), graph.NameOf(v), (mask & FlagKinds.PresumptionMask) != 0,
            RiskIndex.WorstSeverity(b), kindsByMask[mask], new PathCount(counter.F(v), (b & Inexact) == 0), Importers(v));
    }

    private NodeId[] Importers(int product)
    {
        var ins = graph.In.Of(product);
        var edges = graph.In.EdgesOf(product);
        var count = 0;
        foreach (var e in edges) if (graph.EdgeKinds[e] == RelKind.Imports) count++;
        if (count == 0) return [];
        var ids = new NodeId[count];
        count = 0;
        for (var i = 0; i < ins.Length; i++) if (graph.EdgeKinds[edges[i]] == RelKind.Imports) ids[count++] = graph.IdOf(ins[i]);
        return ids;
    }
}
