using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Core.Exposure;

/// <summary>What is upstream of one product, from the batch pass.</summary>
/// <param name="Product">Product id.</param>
/// <param name="Name">Product name.</param>
/// <param name="Presumption">True when NK_LABOR or DPRK_LOCATION is upstream: presumptively barred.</param>
/// <param name="MaxSeverity">Most severe flag upstream, or null when clean.</param>
/// <param name="Kinds">Flag kinds upstream.</param>
/// <param name="Paths">Paths from the product to origins and ends.</param>
/// <param name="Importers">Importers of record.</param>
public sealed record ProductExposure(NodeId Product, string Name, bool Presumption, Severity? MaxSeverity,
    IReadOnlyList<FlagKind> Kinds, PathCount Paths, IReadOnlyList<NodeId> Importers);
