namespace Traceability.Core.Ownership;

/// <summary>Blocked parties beyond those recorded on nodes: confirmed or above-threshold screening matches.</summary>
public interface ISanctionSeedSource
{
    /// <summary>The seeds and a version that changes when they do.</summary>
    Task<(IReadOnlyList<SanctionSeed> Seeds, string Version)> GetAsync(CancellationToken cancellationToken);

    /// <summary>The seeds, given the store's versions just read (a source on the store need not read them again).</summary>
    Task<(IReadOnlyList<SanctionSeed> Seeds, string Version)> GetAsync(Storage.StoreVersions versions, CancellationToken cancellationToken) =>
        GetAsync(cancellationToken);
}
