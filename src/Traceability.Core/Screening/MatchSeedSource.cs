using System.Globalization;
using Traceability.Core.Ownership;

namespace Traceability.Core.Screening;

/// <summary>Sanction seeds from screening: every active match that no analyst rejected.</summary>
public sealed class MatchSeedSource(IListStore store) : ISanctionSeedSource
{
    /// <inheritdoc/>
    public async Task<(IReadOnlyList<SanctionSeed> Seeds, string Version)> GetAsync(CancellationToken cancellationToken)
    {
        var version = await store.ScreeningVersionAsync(cancellationToken);
        var matches = await store.GetMatchesAsync(pendingOnly: false, cancellationToken);
        var seeds = matches.Where(m => m.Fires).Select(m => new SanctionSeed(m.Node, m.Entry,
            $"screening match {m.Id}, score {m.Score.ToString("0.00", CultureInfo.InvariantCulture)}, {m.Status.ToString().ToLowerInvariant()}{(m.DecidedBy is null ? "" : " by " + m.DecidedBy)}",
            m.Blocking)).ToList();
        return (seeds, $"screening {version.ToString(CultureInfo.InvariantCulture)}");
    }
}
