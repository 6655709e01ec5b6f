using Traceability.Core.Evidence;
using Traceability.Core.Graph;

namespace Traceability.Core.Reports;

/// <summary>An evidence item that counts for a worksite, and through what.</summary>
/// <param name="Item">The item.</param>
/// <param name="Via">The node it is attached to.</param>
/// <param name="Relation">How that node relates to the worksite: worksite, workforce, owner, operator, product or importer.</param>
/// <param name="Fresh">False when undated or older than the stale age at the as-of date.</param>
public sealed record AppliedEvidence(EvidenceItem Item, NodeId Via, string Relation, bool Fresh);
