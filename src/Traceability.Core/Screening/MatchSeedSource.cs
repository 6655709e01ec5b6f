using System.Globalization;
using Traceability.Core.Ownership;

namespace Traceability.Core.Screening;

/// <summary>
/// Sanction seeds from screening: every active match that no analyst rejected. The matches are read again only when
/// the store's screening version moves, so a request pays two small queries (that version and the list versions, which
/// the label names) rather than every match.
/// </summary>
public sealed class MatchSeedSource(IListStore store) : ISanctionSeedSource
{
    private readonly Lock _lock = new();
    private (long Version, IReadOnlyList<SanctionSeed> Seeds)? _cache;

    /// <inheritdoc/>
    public async Task<(IReadOnlyList<SanctionSeed> Seeds, string Version)> GetAsync(CancellationToken cancellationToken)
    {
        var version = await store.ScreeningVersionAsync(cancellationToken);
        var lists = ListVersion.Label(await store.ListVersionsAsync(cancellationToken));
        var label = $"screening {version.ToString(CultureInfo.InvariantCulture)}{(lists.Length == 0 ? "" : $" of {lists}")}";
        lock (_lock)
            if (_cache is { } c && c.Version == version) return (c.Seeds, label);
        var matches = await store.GetMatchesAsync(pendingOnly: false, cancellationToken);
        var seeds = matches.Where(m => m.Fires).Select(m => new SanctionSeed(m.Node, m.Entry,
            $"screening match {m.Id}, score {m.Score.ToString("0.00", CultureInfo.InvariantCulture)}, {m.Status.ToString().ToLowerInvariant()}{(m.DecidedBy is null ? "" : " by " + m.DecidedBy)}",
            m.Blocking)).ToList();
        lock (_lock) _cache = (version, seeds);
        return (seeds, label);
    }
}
