using Traceability.Core.Graph;

namespace Traceability.Core.Reports;

/// <summary>The goods a report covers: an importer's products, one product, or every product.</summary>
/// <param name="Kind">Importer, product or all.</param>
/// <param name="Id">The importer or product; null for all.</param>
public sealed record ReportScope(ScopeKind Kind, NodeId? Id)
{
    /// <summary>Every product an importer imports.</summary>
    public static ReportScope Importer(string id) => new(ScopeKind.Importer, new NodeId(id));

    /// <summary>One product.</summary>
    public static ReportScope Product(string id) => new(ScopeKind.Product, new NodeId(id));

    /// <summary>Every product in the graph.</summary>
    public static ReportScope All { get; } = new(ScopeKind.All, null);

    /// <summary><c>importer co-x</c>, <c>product prod-y</c> or <c>all products</c>.</summary>
    public override string ToString() => Kind == ScopeKind.All ? "all products" : $"{Kind.ToString().ToLowerInvariant()} {Id}";
}
