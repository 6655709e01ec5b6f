namespace Traceability.Core.Audit;

/// <summary>One entry of the audit trail: who did what to which ids, when, from where, and how it ended.</summary>
/// <param name="Sequence">Position in the trail, from 1, without gaps.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who: API key id and name, or the OS user for the CLI.</param>
/// <param name="Role">The actor's role.</param>
/// <param name="Action">What: operation id (e.g. <c>getTrace</c>, <c>importGraph</c>) or CLI verb.</param>
/// <param name="Target">Which ids the request named.</param>
/// <param name="Origin">From where: remote address, or <c>cli</c>.</param>
/// <param name="Outcome">How it ended: <c>ok</c>, <c>rejected: ...</c>, <c>error: ...</c>, with the status code for HTTP.</param>
/// <param name="PreviousHash">Hash of the record before (64 zeros for the first).</param>
/// <param name="Hash">SHA-256 over the previous hash and this record's fields.</param>
public sealed record AuditRecord(long Sequence, DateTimeOffset At, string Actor, string Role, string Action, string Target, string Origin,
    string Outcome, string PreviousHash, string Hash);
