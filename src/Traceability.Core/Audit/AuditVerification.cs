namespace Traceability.Core.Audit;

/// <summary>The result of checking the audit trail.</summary>
/// <param name="Intact">True when no problem was found.</param>
/// <param name="Records">Records read.</param>
/// <param name="LastSequence">Last sequence seen.</param>
/// <param name="HeadHash">Hash of the last record (keep it elsewhere to detect a rewritten trail later).</param>
/// <param name="Problems">What is wrong, first problems first.</param>
public sealed record AuditVerification(bool Intact, long Records, long LastSequence, string HeadHash, IReadOnlyList<string> Problems);
