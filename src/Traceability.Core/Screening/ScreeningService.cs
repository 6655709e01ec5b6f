using Traceability.Core.Audit;
using Traceability.Core.Snapshots;
using Traceability.Core.Storage;

namespace Traceability.Core.Screening;

/// <summary>
/// Screening against the stored lists: single names, and the whole graph after a list or graph import, keeping
/// analysts' decisions. The index is rebuilt only when the lists change.
/// </summary>
public sealed class ScreeningService(IGraphStore graph, IListStore lists, double threshold) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Key, ScreeningIndex Index)? _index;

    /// <summary>Default threshold of this service.</summary>
    public double Threshold { get; } = threshold;

    /// <summary>The index of the current lists.</summary>
    public async Task<ScreeningIndex> IndexAsync(CancellationToken cancellationToken)
    {
        var versions = await lists.ListVersionsAsync(cancellationToken);
        var key = string.Join(",", versions.Select(v => v.Id));
        if (_index is { } cached && cached.Key == key) return cached.Index;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_index is { } again && again.Key == key) return again.Index;
            var index = ScreeningIndex.Build(await lists.CurrentEntriesAsync(cancellationToken));
            _index = (key, index);
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Screens one party.</summary>
    public async Task<IReadOnlyList<ScreeningMatch>> ScreenAsync(ScreeningQuery query, double? threshold, int limit, CancellationToken cancellationToken)
    {
        var t = threshold ?? Threshold;
        if (t is < 0 or > 1) throw new QueryException("threshold", "must be between 0 and 1");
        if (string.IsNullOrWhiteSpace(query.Name)) throw new QueryException("name", "must not be empty");
        return (await IndexAsync(cancellationToken)).Screen(query, t, limit);
    }

    /// <summary>Stores a list version and, when it is new, re-screens the graph and reports what changed.</summary>
    public async Task<(ListVersion Version, bool Added, MatchSync? Changes)> ImportAsync(ParsedList list, string actor, AuditEvent? audit, CancellationToken cancellationToken)
    {
        var (version, added) = await lists.SaveListAsync(list, actor, audit, cancellationToken);
        if (!added) return (version, false, null);
        return (version, true, await RelinkAsync(audit is null ? null : audit with { Action = "relink" }, cancellationToken));
    }

    /// <summary>Screens every company, person, carrier and facility and updates the stored matches.</summary>
    public async Task<MatchSync> RelinkAsync(AuditEvent? audit, CancellationToken cancellationToken)
    {
        var index = await IndexAsync(cancellationToken);
        var snapshot = await SnapshotBuilder.LoadAsync(graph, cancellationToken);
        var matches = index.Count == 0 ? [] : GraphScreener.Screen(snapshot, index, Threshold, cancellationToken);
        return await lists.SyncMatchesAsync(matches, audit, cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();
}
