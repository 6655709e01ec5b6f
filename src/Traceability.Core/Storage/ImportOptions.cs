namespace Traceability.Core.Storage;

/// <summary>How an import is recorded.</summary>
/// <param name="AsOf">Date the data describes, used where a row has no asOf of its own.</param>
/// <param name="Actor">Who ran the import (user, API key id).</param>
/// <param name="Kind">What was imported, e.g. <c>neo4j-csv</c>.</param>
/// <param name="Audit">Audit record written in the same transaction as the import, or null.</param>
public sealed record ImportOptions(DateOnly AsOf, string Actor, string Kind, Audit.AuditEvent? Audit = null);
