using Traceability.Core.Audit;

namespace Traceability.Api.Contracts;

/// <summary>One audit record.</summary>
public sealed record AuditRecordContract(long Sequence, DateTimeOffset At, string Actor, string Role, string Action, string Target, string Origin,
    string Outcome, string PreviousHash, string Hash)
{
    public static AuditRecordContract Map(AuditRecord r) => new(r.Sequence, r.At, r.Actor, r.Role, r.Action, r.Target, r.Origin, r.Outcome, r.PreviousHash, r.Hash);
}
