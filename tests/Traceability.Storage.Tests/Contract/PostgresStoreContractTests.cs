using System.Collections.Concurrent;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage.Postgres;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

/// <summary>The store contract on PostgreSQL: a database per store name per test, in the test run's throwaway cluster.</summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _databases = new(StringComparer.Ordinal);

    protected override string LiftAuditProtection => "ALTER TABLE audit DISABLE TRIGGER USER; ";

    protected override async Task<IGraphStore> OpenAsync(TempDirectory dir, string name = "graph.db") =>
        await PostgresGraphStore.OpenAsync(await DatabaseAsync(name), GraphSchema.Default, TimeProvider.System, CancellationToken.None);

    protected override async Task ExecuteSqlAsync(TempDirectory dir, string sql, string name = "graph.db") =>
        await (await PostgresCluster.GetAsync()).ExecAsync(sql, await DatabaseAsync(name));

    private async Task<string> DatabaseAsync(string name)
    {
        var cluster = await PostgresCluster.GetAsync();
        return await _databases.GetOrAdd(name, _ => new Lazy<Task<string>>(cluster.CreateDatabaseAsync)).Value;
    }
}
