namespace Traceability.Core.Reference;

/// <summary>Where the rules' reference lists come from (shipped files, or lists imported into the store).</summary>
public interface IReferenceListSource
{
    /// <summary>The current lists; <see cref="ReferenceLists.Version"/> changes when they do.</summary>
    Task<ReferenceLists> GetAsync(CancellationToken cancellationToken);
}
