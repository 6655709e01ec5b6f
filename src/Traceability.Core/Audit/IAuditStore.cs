namespace Traceability.Core.Audit;

/// <summary>The append-only, hash-chained audit trail.</summary>
public interface IAuditStore
{
    /// <summary>Appends a record (in its own transaction).</summary>
    Task<AuditRecord> AppendAsync(AuditEvent e, CancellationToken cancellationToken);

    /// <summary>Appends records in order, all in one transaction: all are stored or none.</summary>
    Task<IReadOnlyList<AuditRecord>> AppendManyAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken);

    /// <summary>Records from <paramref name="afterSequence"/> on, in order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>Checks the whole trail against its head.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}
