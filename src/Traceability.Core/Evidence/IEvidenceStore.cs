using Traceability.Core.Audit;
using Traceability.Core.Checklists;
using Traceability.Core.Graph;

namespace Traceability.Core.Evidence;

/// <summary>
/// Where due-diligence evidence and reasonable-care checklist answers are kept. Every change writes its audit record
/// in its own transaction: no change without its record.
/// </summary>
public interface IEvidenceStore
{
    /// <summary>Stores the items (all or none) with one audit record, in one transaction; returns them with their ids.</summary>
    Task<IReadOnlyList<EvidenceItem>> AddEvidenceAsync(IReadOnlyList<EvidenceDraft> items, string recordedBy, AuditEvent audit, CancellationToken cancellationToken);

    /// <summary>Evidence on file, about <paramref name="node"/> or every node, by node then id.</summary>
    Task<IReadOnlyList<EvidenceItem>> ListEvidenceAsync(NodeId? node, CancellationToken cancellationToken);

    /// <summary>Records answers to reasonable-care questions for a supplier (earlier answers stay in the history), with one audit record.</summary>
    Task<IReadOnlyList<ChecklistAnswer>> SetChecklistAsync(NodeId supplier, IReadOnlyList<ChecklistDraft> answers, string recordedBy, AuditEvent audit, CancellationToken cancellationToken);

    /// <summary>The latest answer to each question, for <paramref name="supplier"/> or every supplier, by supplier then question order.</summary>
    Task<IReadOnlyList<ChecklistAnswer>> GetChecklistAsync(NodeId? supplier, CancellationToken cancellationToken);
}
