using Traceability.Core.Reference;
using Traceability.Core.Screening;

namespace Traceability.Storage.Reference;

/// <summary>
/// The DOL list as last imported into the store (<c>lists import --format dol</c>), else the shipped file;
/// host countries from the folder.
/// </summary>
public sealed class StoreReferenceListSource(IListStore store, FileReferenceListSource files) : IReferenceListSource
{
    public async Task<ReferenceLists> GetAsync(CancellationToken cancellationToken)
    {
        var shipped = await files.GetAsync(cancellationToken);
        if (await store.CurrentDolAsync(cancellationToken) is not { } dol) return shipped;
        return new ReferenceLists(dol.Entries, shipped.Hosts, $"DOL@import{dol.Version.Id}:{dol.Version.Sha256[..12]}+{shipped.Version}");
    }
}
