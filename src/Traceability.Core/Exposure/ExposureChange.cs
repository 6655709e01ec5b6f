using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Exposure;

/// <summary>Flag kinds a product gained and lost.</summary>
/// <param name="Product">The product.</param>
/// <param name="Gained">Kinds now upstream that were not.</param>
/// <param name="Lost">Kinds no longer upstream.</param>
public sealed record ExposureChange(NodeId Product, IReadOnlyList<FlagKind> Gained, IReadOnlyList<FlagKind> Lost);
