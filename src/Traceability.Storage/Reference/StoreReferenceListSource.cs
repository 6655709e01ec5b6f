using Traceability.Core.Storage;
using Traceability.Core.Reference;
using Traceability.Core.Screening;

namespace Traceability.Storage.Reference;

/// <summary>
/// The DOL list as last imported into the store (<c>lists import --format dol</c>), else the shipped file;
/// host countries from the folder. The stored list is read again only when the store's screening version moves
/// (every list import moves it), so a request pays one small query rather than the whole list.
/// </summary>
public sealed class StoreReferenceListSource(IListStore store, FileReferenceListSource files) : IReferenceListSource
{
    private readonly Lock _lock = new();
    private (long Screening, string Shipped, ReferenceLists Lists)? _cache;

    public async Task<ReferenceLists> GetAsync(CancellationToken cancellationToken) =>
        await GetAsync(await store.ScreeningVersionAsync(cancellationToken), cancellationToken);

    public async Task<ReferenceLists> GetAsync(StoreVersions versions, CancellationToken cancellationToken) =>
        await GetAsync(versions.Screening ?? await store.ScreeningVersionAsync(cancellationToken), cancellationToken);

    private async Task<ReferenceLists> GetAsync(long screening, CancellationToken cancellationToken)
    {
        var shipped = await files.GetAsync(cancellationToken);
        lock (_lock)
            if (_cache is { } c && c.Screening == screening && c.Shipped == shipped.Version) return c.Lists;
        var lists = await store.CurrentDolAsync(cancellationToken) is { } dol
            ? new ReferenceLists(dol.Entries, shipped.Hosts, $"DOL@import{dol.Version.Id}:{dol.Version.Sha256[..12]}+{shipped.Version}")
            : shipped;
        lock (_lock) _cache = (screening, shipped.Version, lists);
        return lists;
    }
}
