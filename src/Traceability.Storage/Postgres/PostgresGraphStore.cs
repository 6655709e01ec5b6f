using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using Traceability.Core.Access;
using Traceability.Core.Audit;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Screening;
using Traceability.Core.Storage;

namespace Traceability.Storage.Postgres;

/// <summary>
/// The server store: one PostgreSQL database shared by every process that opens it, through one
/// <see cref="NpgsqlDataSource"/>. Tables come from versioned migrations (<see cref="PostgresMigrations"/>).
/// Writers are serialized by a lock on the <c>store_head</c> row (graph version, screening version, audit head), so two
/// processes can neither fork the audit chain nor lose a version bump; imports also take an advisory lock for their
/// whole run so that the long part of an import does not hold up the audit trail.
/// </summary>
public sealed partial class PostgresGraphStore : IGraphStore, IListStore, IAuditStore, IKeyStore
{
    private readonly NpgsqlDataSource _data;
    private readonly GraphSchema _schema;
    private readonly TimeProvider _time;

    private PostgresGraphStore(NpgsqlDataSource data, GraphSchema schema, TimeProvider time, string location)
    {
        _data = data;
        _schema = schema;
        _time = time;
        Location = location;
    }

    public string Location { get; }

    /// <summary>
    /// Connects, applies pending migrations (as the owner named by <paramref name="migrationConnectionString"/> when given,
    /// granting the application's role only what it needs) and returns the store.
    /// </summary>
    public static async Task<PostgresGraphStore> OpenAsync(string connectionString, GraphSchema schema, TimeProvider time, CancellationToken ct,
        string? migrationConnectionString = null)
    {
        var normalized = PostgresConnectionStrings.Normalize(connectionString);
        var data = NpgsqlDataSource.Create(normalized);
        try
        {
            if (migrationConnectionString is { Length: > 0 } owner)
            {
                await using var ownerData = NpgsqlDataSource.Create(PostgresConnectionStrings.Normalize(owner));
                await PostgresMigrations.ApplyAsync(ownerData, schema, new NpgsqlConnectionStringBuilder(normalized).Username, ct);
            }
            else await PostgresMigrations.ApplyAsync(data, schema, null, ct);
            return new PostgresGraphStore(data, schema, time, PostgresConnectionStrings.Describe(normalized));
        }
        catch (Exception e) when (StorageFaults.Translate(e, PostgresConnectionStrings.Describe(normalized)) is { } fault)
        {
            await data.DisposeAsync();
            throw fault;
        }
        catch
        {
            await data.DisposeAsync();
            throw;
        }
    }

    // Timestamps are kept as timestamptz (microseconds); audit hashes cover the stored value, so round to it first.
    private DateTimeOffset Now()
    {
        var now = _time.GetUtcNow().UtcTicks;
        return new DateTimeOffset(now - now % 10, TimeSpan.Zero);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public async Task<long> GetGraphVersionAsync(CancellationToken ct)
    {
        await using var cmd = _data.CreateCommand("SELECT graph_version FROM store_head");
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async Task<StoreVersions> GetVersionsAsync(CancellationToken ct)
    {
        await using var cmd = _data.CreateCommand("SELECT graph_version, screening_version FROM store_head");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) throw new InvalidOperationException("store_head has no row");
        return new StoreVersions(reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<GraphCounts> CountAsync(CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var labels = await GroupCountAsync(conn, tx, "SELECT label, count(*) FROM node GROUP BY label", ct);
        var types = await GroupCountAsync(conn, tx, "SELECT type, count(*) FROM edge GROUP BY type", ct);
        await using var cmd = new NpgsqlCommand("SELECT graph_version FROM store_head", conn, tx);
        var version = (long)(await cmd.ExecuteScalarAsync(ct))!;
        return new GraphCounts(version, labels, types);
    }

    private static async Task<IReadOnlyDictionary<string, long>> GroupCountAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) result[r.GetString(0)] = r.GetInt64(1);
        return result;
    }

    public async IAsyncEnumerable<StoredNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var cmd = _data.CreateCommand("SELECT id, label, props, source_file, source_line, import_id, as_of FROM node ORDER BY id");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) yield return ReadNode(r);
    }

    public async IAsyncEnumerable<StoredEdge> ReadEdgesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var cmd = _data.CreateCommand("""
            SELECT s.id, e.type, d.id, e.props, e.source_file, e.source_line, e.import_id, e.as_of
            FROM edge e JOIN node s ON s.nid = e.src JOIN node d ON d.nid = e.dst
            ORDER BY s.id, e.type, d.id
            """);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var type = r.GetString(1);
            var specs = _schema.Relationships.TryGetValue(type, out var spec) ? spec.Properties : null;
            var edge = new GraphEdge(new NodeId(r.GetString(0)), type, new NodeId(r.GetString(2)), PropertyBag.FromJson(r.GetString(3), specs));
            yield return new StoredEdge(edge, ReadProvenance(r, 4));
        }
    }

    public async Task<long> ReadGraphAsync(Action<GraphNode> onNode, Action<GraphEdge> onEdge, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        // One snapshot of the database for the version, the nodes and the relationships.
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        long version;
        await using (var cmd = new NpgsqlCommand("SELECT graph_version FROM store_head", conn, tx))
            version = (long)(await cmd.ExecuteScalarAsync(ct))!;
        await using (var cmd = new NpgsqlCommand("SELECT id, label, props FROM node", conn, tx))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var label = r.GetString(1);
                var specs = _schema.Labels.TryGetValue(label, out var spec) ? spec.Properties : null;
                onNode(new GraphNode(new NodeId(r.GetString(0)), label, PropertyBag.FromJson(r.GetString(2), specs)));
            }
        }
        await using (var cmd = new NpgsqlCommand("SELECT s.id, e.type, d.id, e.props FROM edge e JOIN node s ON s.nid = e.src JOIN node d ON d.nid = e.dst", conn, tx))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var type = r.GetString(1);
                var specs = _schema.Relationships.TryGetValue(type, out var spec) ? spec.Properties : null;
                onEdge(new GraphEdge(new NodeId(r.GetString(0)), type, new NodeId(r.GetString(2)), PropertyBag.FromJson(r.GetString(3), specs)));
            }
        }
        await tx.CommitAsync(ct);
        return version;
    }

    public async Task<StoredNode?> GetNodeAsync(NodeId id, CancellationToken ct)
    {
        await using var cmd = _data.CreateCommand("SELECT id, label, props, source_file, source_line, import_id, as_of FROM node WHERE id = $1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = id.Value });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadNode(r) : null;
    }

    private StoredNode ReadNode(NpgsqlDataReader r)
    {
        var label = r.GetString(1);
        var specs = _schema.Labels.TryGetValue(label, out var spec) ? spec.Properties : null;
        var node = new GraphNode(new NodeId(r.GetString(0)), label, PropertyBag.FromJson(r.GetString(2), specs));
        return new StoredNode(node, ReadProvenance(r, 3));
    }

    private static Provenance ReadProvenance(NpgsqlDataReader r, int first) => new(
        r.GetString(first), r.GetInt64(first + 1), r.GetInt64(first + 2),
        DateOnly.ParseExact(r.GetString(first + 3), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public async Task<IReadOnlyList<ImportRecord>> ListImportsAsync(int limit, CancellationToken ct)
    {
        await using var cmd = _data.CreateCommand("""
            SELECT id, at, actor, kind, files, nodes_inserted, nodes_updated, nodes_unchanged, rels_inserted, rels_updated, rels_unchanged, graph_version
            FROM import ORDER BY id DESC LIMIT $1
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (long)limit });
        var list = new List<ImportRecord>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var report = new ImportReport(r.GetInt64(0), r.GetInt64(11),
                new ChangeCounts(r.GetInt64(5), r.GetInt64(6), r.GetInt64(7)),
                new ChangeCounts(r.GetInt64(8), r.GetInt64(9), r.GetInt64(10)));
            list.Add(new ImportRecord(r.GetInt64(0), Utc(r.GetDateTime(1)), r.GetString(2), r.GetString(3),
                JsonSerializer.Deserialize<string[]>(r.GetString(4)) ?? [], report));
        }
        return list;
    }

    /// <summary>The head row, locked until the transaction ends: every writer passes here, one at a time.</summary>
    private static async Task<Head> LockHeadAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT graph_version, screening_version, audit_seq, audit_hash FROM store_head FOR UPDATE", conn, tx);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) throw new InvalidOperationException("store_head row is missing: the database was not migrated by this program");
        return new Head(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3));
    }

    private static async Task ExecAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync() => await _data.DisposeAsync();

    private sealed record Head(long GraphVersion, long ScreeningVersion, long AuditSequence, string AuditHash);
}
