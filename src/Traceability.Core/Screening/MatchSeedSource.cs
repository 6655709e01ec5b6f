using Traceability.Core.Storage;
using System.Globalization;
using Traceability.Core.Ownership;

namespace Traceability.Core.Screening;

/// <summary>
/// Sanction seeds from screening: every active match that no analyst rejected, labelled with the screening version and
/// the list versions screened against. Both stores move the screening version whenever a list version is saved, so the
/// matches and the list versions are read again only when it moves: a request pays one small query.
/// </summary>
public sealed class MatchSeedSource(IListStore store) : ISanctionSeedSource
{
    private readonly Lock _lock = new();
    private (long Version, IReadOnlyList<SanctionSeed> Seeds, string Label)? _cache;

    /// <inheritdoc/>
    public async Task<(IReadOnlyList<SanctionSeed> Seeds, string Version)> GetAsync(CancellationToken cancellationToken) =>
        await GetAsync(await store.ScreeningVersionAsync(cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public async Task<(IReadOnlyList<SanctionSeed> Seeds, string Version)> GetAsync(StoreVersions versions, CancellationToken cancellationToken) =>
        await GetAsync(versions.Screening ?? await store.ScreeningVersionAsync(cancellationToken), cancellationToken);

    private async Task<(IReadOnlyList<SanctionSeed> Seeds, string Version)> GetAsync(long version, CancellationToken cancellationToken)
    {
        lock (_lock)
            if (_cache is { } c && c.Version == version) return (c.Seeds, c.Label);
        var lists = ListVersion.Label(await store.ListVersionsAsync(cancellationToken));
        var label = $"screening {version.ToString(CultureInfo.InvariantCulture)}{(lists.Length == 0 ? "" : $" of {lists}")}";
        var matches = await store.GetMatchesAsync(pendingOnly: false, cancellationToken);
        var seeds = matches.Where(m => m.Fires).Select(m => new SanctionSeed(m.Node, m.Entry,
            $"screening match {m.Id}, score {m.Score.ToString("0.00", CultureInfo.InvariantCulture)}, {m.Status.ToString().ToLowerInvariant()}{(m.DecidedBy is null ? "" : " by " + m.DecidedBy)}",
            m.Blocking)).ToList();
        lock (_lock) _cache = (version, seeds, label);
        return (seeds, label);
    }
}
