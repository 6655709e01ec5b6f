namespace Traceability.Core.Reference;

/// <summary>Where the rules' reference lists come from (shipped files, or lists imported into the store).</summary>
public interface IReferenceListSource
{
    /// <summary>The current lists; <see cref="ReferenceLists.Version"/> changes when they do.</summary>
    Task<ReferenceLists> GetAsync(CancellationToken cancellationToken);

    /// <summary>The current lists, given the store's versions just read (a source on the store need not read them again).</summary>
    Task<ReferenceLists> GetAsync(Storage.StoreVersions versions, CancellationToken cancellationToken) => GetAsync(cancellationToken);
}
