using Traceability.Core.Access;
using Traceability.Core.Audit;
using Traceability.Core.Screening;
using Traceability.Core.Storage;

namespace Traceability.Storage.Tests.Contract;

/// <summary>A store seen through each of the interfaces the stores implement.</summary>
public sealed class StoreUnderTest(IGraphStore graph) : IAsyncDisposable
{
    public IGraphStore Graph { get; } = graph;

    public IListStore Lists => (IListStore)Graph;

    public IAuditStore Audit => (IAuditStore)Graph;

    public IKeyStore Keys => (IKeyStore)Graph;

    public ValueTask DisposeAsync() => Graph.DisposeAsync();
}
