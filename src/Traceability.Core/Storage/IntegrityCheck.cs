namespace Traceability.Core.Storage;

/// <summary>One check of a store's integrity.</summary>
/// <param name="Name">What was checked, e.g. <c>foreign keys</c>.</param>
/// <param name="Passed">True when nothing is wrong.</param>
/// <param name="Detail">What was found: counts when it passed, the first problems when not.</param>
public sealed record IntegrityCheck(string Name, bool Passed, string Detail);
