using Traceability.Core.Audit;
using Traceability.Core.Reference;

namespace Traceability.Core.Screening;

/// <summary>Where imported sanctions and watch lists, reference lists and screening matches are kept.</summary>
public interface IListStore
{
    // Every change takes the audit record to write in its own transaction: no change without its record.

    /// <summary>Stores a list version; returns the existing version and false when a file with the same SHA-256 was imported before.</summary>
    Task<(ListVersion Version, bool Added)> SaveListAsync(ParsedList list, string actor, AuditEvent? audit, CancellationToken cancellationToken);

    /// <summary>Stores the DOL list as imported from the official file; false when the same file was imported before.</summary>
    Task<(ListVersion Version, bool Added)> SaveDolAsync(IReadOnlyList<DolEntry> entries, string sha256, IReadOnlyList<string> files, string actor, AuditEvent? audit, CancellationToken cancellationToken);

    /// <summary>Every imported version, newest first.</summary>
    Task<IReadOnlyList<ListVersion>> ListVersionsAsync(CancellationToken cancellationToken);

    /// <summary>Entries of the latest version of every list.</summary>
    Task<IReadOnlyList<ListEntry>> CurrentEntriesAsync(CancellationToken cancellationToken);

    /// <summary>The latest imported DOL list, or null when none was imported.</summary>
    Task<(IReadOnlyList<DolEntry> Entries, ListVersion Version)?> CurrentDolAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the set of active matches with <paramref name="current"/>, keeping decisions; reports what changed.</summary>
    Task<MatchSync> SyncMatchesAsync(IReadOnlyList<NodeMatch> current, AuditEvent? audit, CancellationToken cancellationToken);

    /// <summary>Stored matches, newest first; only pending active ones when <paramref name="pendingOnly"/>.</summary>
    Task<IReadOnlyList<MatchRecord>> GetMatchesAsync(bool pendingOnly, CancellationToken cancellationToken);

    /// <summary>Records an analyst's decision on a match.</summary>
    /// <exception cref="NotFoundException">No such match.</exception>
    Task<MatchRecord> DecideAsync(long id, MatchStatus decision, string note, string actor, AuditEvent? audit, CancellationToken cancellationToken);

    /// <summary>A counter that grows whenever lists or matches change.</summary>
    Task<long> ScreeningVersionAsync(CancellationToken cancellationToken);
}
