namespace Traceability.Core.Audit;

/// <summary>What to record, before the store gives it a place in the chain.</summary>
/// <param name="Actor">Who.</param>
/// <param name="Role">Their role.</param>
/// <param name="Action">What.</param>
/// <param name="Target">Which ids.</param>
/// <param name="Origin">From where.</param>
/// <param name="Outcome">How it ended.</param>
public sealed record AuditEvent(string Actor, string Role, string Action, string Target, string Origin, string Outcome);
