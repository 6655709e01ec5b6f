namespace Traceability.Api.Contracts;

/// <summary>A page of the audit trail, oldest first.</summary>
public sealed record AuditPageResponse(IReadOnlyList<AuditRecordContract> Items, long? NextAfter);
