using Microsoft.Data.Sqlite;
using Traceability.Core.Storage;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

/// <summary>The store contract on SQLite files.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override async Task<IGraphStore> OpenAsync(TempDirectory dir, string name = "graph.db") => await StoreFixture.OpenAsync(dir, name);

    protected override async Task ExecuteSqlAsync(TempDirectory dir, string sql, string name = "graph.db")
    {
        await using var conn = new SqliteConnection($"Data Source={dir.File(name)}");
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
