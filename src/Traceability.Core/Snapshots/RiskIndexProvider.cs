using Traceability.Core.Ownership;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Storage;

namespace Traceability.Core.Snapshots;

/// <summary>
/// Keeps the current snapshot and its flags. Each request checks the store's graph version and the lists' and
/// seeds' versions (cheap) and rebuilds only when one changed, so several processes on one store stay current.
/// </summary>
public sealed class RiskIndexProvider(IGraphStore store, IReferenceListSource lists, IEnumerable<ISanctionSeedSource> seedSources, RuleOptions? options = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RiskIndex? _current;
    private string? _key;

    /// <summary>The flags of the current graph, lists and seeds.</summary>
    public async Task<RiskIndex> GetAsync(CancellationToken cancellationToken)
    {
        // One read of the store's counters; the list and seed sources reuse it rather than asking again.
        var versions = await store.GetVersionsAsync(cancellationToken);
        var version = versions.Graph;
        var refs = await lists.GetAsync(versions, cancellationToken);
        var seeds = new List<SanctionSeed>();
        var seedVersions = new List<string>();
        foreach (var source in seedSources)
        {
            var (s, v) = await source.GetAsync(versions, cancellationToken);
            seeds.AddRange(s);
            seedVersions.Add(v);
        }
        var seedVersion = seedVersions.Count == 0 ? "graph" : string.Join("+", seedVersions);
        var key = $"{version}|{refs.Version}|{seedVersion}";
        if (_current is not null && _key == key) return _current;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is not null && _key == key) return _current;
            var snapshot = _current?.Graph.Version == version ? _current.Graph : await SnapshotBuilder.LoadAsync(store, cancellationToken);
            // The store may have moved on while loading: tag with what was loaded.
            var index = RuleEngine.Evaluate(snapshot, refs, seeds, options, seedVersion);
            _current = index;
            _key = $"{snapshot.Version}|{refs.Version}|{seedVersion}";
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();
}
