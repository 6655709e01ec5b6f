using Traceability.Core.Storage;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

/// <summary>
/// The store contract: every test of this class runs against each store, SQLite (<see cref="SqliteStoreContractTests"/>)
/// and PostgreSQL (<see cref="PostgresStoreContractTests"/>). The parts are split by concern over several files.
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>
    /// Opens the store called <paramref name="name"/>, empty at first: a file in <paramref name="dir"/> for SQLite, a fresh
    /// database for PostgreSQL. Opening the same name again within one test reaches the same data.
    /// </summary>
    protected abstract Task<IGraphStore> OpenAsync(TempDirectory dir, string name = "graph.db");

    /// <summary>Runs SQL on the store's database directly, as a user with a SQL client would; throws what the database throws.</summary>
    protected abstract Task ExecuteSqlAsync(TempDirectory dir, string sql, string name = "graph.db");
}
