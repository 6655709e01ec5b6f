using Npgsql;
using Traceability.Core.Audit;
using Traceability.Core.Schema;
using Traceability.Storage.Postgres;
using Traceability.Storage.Tests.Neo4j;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Postgres;

/// <summary>What only the PostgreSQL store has: migrations, an owner role apart from the application's role.</summary>
public sealed class PostgresStoreTests
{
    private static AuditEvent Event(string target) => new("test", "Admin", "importGraph", target, "cli", "ok");

    [Fact]
    public async Task Open_WithOwnerConnection_ApplicationRoleCannotUpdateDeleteOrTruncateAudit()
    {
        var cluster = await PostgresCluster.GetAsync();
        var admin = await cluster.CreateDatabaseAsync();
        var database = new NpgsqlConnectionStringBuilder(admin).Database!;
        var (owner, app) = ($"own_{database}", $"app_{database}");
        await cluster.CreateRoleAsync(owner);
        await cluster.CreateRoleAsync(app);
        await cluster.ExecAsync($"ALTER DATABASE {database} OWNER TO {owner}; GRANT CONNECT ON DATABASE {database} TO {app};");
        await cluster.ExecAsync($"ALTER SCHEMA public OWNER TO {owner}; REVOKE CREATE ON SCHEMA public FROM PUBLIC;", admin);
        using var dir = new TempDirectory();
        dir.Write("in/nodes.csv", SampleBundle.Nodes);
        dir.Write("in/rels.csv", SampleBundle.Rels);

        await using (var store = await PostgresGraphStore.OpenAsync(cluster.Connection(database, app), GraphSchema.Default, TimeProvider.System,
            CancellationToken.None, migrationConnectionString: cluster.Connection(database, owner)))
        {
            var batch = new GraphImporter(GraphSchema.Default, TimeProvider.System).Read([dir.File("in")], "neo4j-csv");
            await store.ImportAsync(batch, new(StoreFixture.AsOf, "test", "neo4j-csv", Event("in")), CancellationToken.None);
            await store.AppendAsync(Event("second"), CancellationToken.None);
            Assert.True((await store.VerifyAsync(CancellationToken.None)).Intact);
        }

        await using var conn = new NpgsqlConnection(cluster.Connection(database, app));
        await conn.OpenAsync();
        foreach (var sql in new[] { "UPDATE audit SET actor = 'mallory'", "DELETE FROM audit", "TRUNCATE audit" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            var e = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState);
            Assert.Contains("permission denied", e.MessageText, StringComparison.Ordinal);
        }
        await using (var cmd = new NpgsqlCommand("CREATE TABLE sneaky (x int)", conn))
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync())).SqlState);
        await using (var cmd = new NpgsqlCommand("SELECT count(*) FROM audit", conn))
            Assert.Equal(2L, await cmd.ExecuteScalarAsync());
        // The owner is stopped by the trigger.
        var owned = await Assert.ThrowsAsync<PostgresException>(() => cluster.ExecAsync("DELETE FROM audit", cluster.Connection(database, owner)));
        Assert.Contains("append-only", owned.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkLoad_RebuildsEveryIndexAndForeignKey_AndAnApplicationRoleTakesTheStagedPath()
    {
        var cluster = await PostgresCluster.GetAsync();
        using var dir = new TempDirectory();
        var generated = new Traceability.Storage.Generation.NetworkGenerator(new Traceability.Storage.Generation.GeneratorOptions { Products = 1500, Seed = 5 }).Generate(dir.File("net"));
        var batch = new GraphImporter(GraphSchema.Default, TimeProvider.System).Read([dir.File("net")], "neo4j-csv");
        var fresh = await cluster.CreateDatabaseAsync();
        await using (await PostgresGraphStore.OpenAsync(fresh, GraphSchema.Default, TimeProvider.System, CancellationToken.None)) { }
        var loaded = await cluster.CreateDatabaseAsync();
        await using (var store = await PostgresGraphStore.OpenAsync(loaded, GraphSchema.Default, TimeProvider.System, CancellationToken.None))
            Assert.Equal(generated.Nodes, (await store.ImportAsync(batch, new(StoreFixture.AsOf, "test", "neo4j-csv"), CancellationToken.None)).Nodes.Inserted);

        Assert.Equal(await DefinitionsAsync(fresh), await DefinitionsAsync(loaded));
        Assert.Contains(await DefinitionsAsync(loaded), d => d.Contains("FOREIGN KEY", StringComparison.Ordinal));
        // The identity sequence continues after the row ids the bulk path assigned.
        await using (var store = await PostgresGraphStore.OpenAsync(loaded, GraphSchema.Default, TimeProvider.System, CancellationToken.None))
        {
            dir.Write("more/nodes.csv", SampleBundle.Nodes);
            dir.Write("more/rels.csv", SampleBundle.Rels);
            var more = new GraphImporter(GraphSchema.Default, TimeProvider.System).Read([dir.File("more")], "neo4j-csv");
            Assert.Equal(6, (await store.ImportAsync(more, new(StoreFixture.AsOf, "test", "neo4j-csv"), CancellationToken.None)).Nodes.Inserted);
        }

        // An application role that does not own the tables cannot drop indexes: the same import takes the staged path.
        var admin = await cluster.CreateDatabaseAsync();
        var database = new NpgsqlConnectionStringBuilder(admin).Database!;
        var (owner, app) = ($"own_{database}", $"app_{database}");
        await cluster.CreateRoleAsync(owner);
        await cluster.CreateRoleAsync(app);
        await cluster.ExecAsync($"ALTER DATABASE {database} OWNER TO {owner}; GRANT CONNECT ON DATABASE {database} TO {app};");
        await cluster.ExecAsync($"ALTER SCHEMA public OWNER TO {owner}; REVOKE CREATE ON SCHEMA public FROM PUBLIC;", admin);
        await using (var store = await PostgresGraphStore.OpenAsync(cluster.Connection(database, app), GraphSchema.Default, TimeProvider.System,
            CancellationToken.None, migrationConnectionString: cluster.Connection(database, owner)))
        {
            var report = await store.ImportAsync(batch, new(StoreFixture.AsOf, "test", "neo4j-csv"), CancellationToken.None);
            Assert.Equal(generated.Relationships, report.Relationships.Inserted);
        }
        Assert.Equal(await DefinitionsAsync(fresh), await DefinitionsAsync(admin));
    }

    // Index and constraint definitions of the node and edge tables.
    private static async Task<List<string>> DefinitionsAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('node', 'edge')
            UNION ALL
            SELECT conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN ('node'::regclass, 'edge'::regclass)
            ORDER BY 1
            """, conn);
        var result = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) result.Add(r.GetString(0));
        return result;
    }

    [Fact]
    public async Task Open_Twice_AppliesEachMigrationOnce_AndRefusesAChangedMigration()
    {
        var cluster = await PostgresCluster.GetAsync();
        var db = await cluster.CreateDatabaseAsync();

        await (await PostgresGraphStore.OpenAsync(db, GraphSchema.Default, TimeProvider.System, CancellationToken.None)).DisposeAsync();
        await (await PostgresGraphStore.OpenAsync(db, GraphSchema.Default, TimeProvider.System, CancellationToken.None)).DisposeAsync();

        await using (var conn = new NpgsqlConnection(db))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migration", conn);
            Assert.Equal(string.Join(",", PostgresMigrations.All(GraphSchema.Default).Select(m => m.Version)), await cmd.ExecuteScalarAsync());
        }
        await cluster.ExecAsync("UPDATE schema_migration SET sha256 = repeat('0', 64) WHERE version = 1", db);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgresGraphStore.OpenAsync(db, GraphSchema.Default, TimeProvider.System, CancellationToken.None));
        Assert.Contains("migration 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://alice:s%40cret@db.example:6543/trace", "Host=db.example;Port=6543;Username=alice;Password=s@cret;Database=trace")]
    [InlineData("postgresql://bob@localhost/graph?sslmode=require&application_name=tr", "Host=localhost;Username=bob;Database=graph;SSL Mode=Require;Application Name=tr")]
    [InlineData("postgres:///graph?host=/var/run/postgresql", "Host=/var/run/postgresql;Database=graph")]
    [InlineData("postgres://u@[::1]:5433/d", "Host=::1;Port=5433;Username=u;Database=d")]
    [InlineData("Host=h;Database=d;Username=u", "Host=h;Database=d;Username=u")]
    public void Normalize_UriOrKeyValue_GivesTheNpgsqlConnectionString(string input, string expected)
    {
        var actual = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.Normalize(input));
        var want = new NpgsqlConnectionStringBuilder(expected);
        Assert.True(want.EquivalentTo(actual), $"{actual.ConnectionString} is not {want.ConnectionString}");
    }

    [Fact]
    public void Describe_NeverShowsThePassword()
    {
        var text = PostgresConnectionStrings.Describe(PostgresConnectionStrings.Normalize("postgres://alice:secret@db:5432/trace"));

        Assert.Equal("postgres://alice@db:5432/trace", text);
    }

    [Fact]
    public void Normalize_UnknownUriParameter_IsAnError() =>
        Assert.Throws<ArgumentException>(() => PostgresConnectionStrings.Normalize("postgres://u@h/d?colour=red"));
}
