namespace Traceability.Core.Storage;

/// <summary>One import as recorded by the store.</summary>
/// <param name="Id">Import id.</param>
/// <param name="At">When it ran (UTC).</param>
/// <param name="Actor">Who ran it.</param>
/// <param name="Kind">What was imported.</param>
/// <param name="Files">Files read.</param>
/// <param name="Report">What it changed.</param>
public sealed record ImportRecord(long Id, DateTimeOffset At, string Actor, string Kind, IReadOnlyList<string> Files, Graph.ImportReport Report);
