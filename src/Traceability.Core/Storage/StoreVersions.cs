namespace Traceability.Core.Storage;

/// <summary>The store's version counters read at one moment.</summary>
/// <param name="Graph">Graph version (see <see cref="IGraphStore.GetGraphVersionAsync"/>).</param>
/// <param name="Screening">Screening version, or null when the store keeps no lists.</param>
public sealed record StoreVersions(long Graph, long? Screening);
