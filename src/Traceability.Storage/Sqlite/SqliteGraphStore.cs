using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Traceability.Core.Access;
using Traceability.Core.Audit;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Screening;
using Traceability.Core.Storage;
using Traceability.Storage.Schema;

namespace Traceability.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, created on first use.</summary>
public sealed partial class SqliteGraphStore : IGraphStore, IListStore, IAuditStore, IKeyStore
{
    private readonly string _connectionString;
    private readonly GraphSchema _schema;
    private readonly TimeProvider _time;

    private SqliteGraphStore(string path, GraphSchema schema, TimeProvider time)
    {
        Path = System.IO.Path.GetFullPath(path);
        _schema = schema;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public string Location => "sqlite:" + Path;

    /// <summary>Opens the file, creating it and its tables when missing.</summary>
    public static async Task<SqliteGraphStore> OpenAsync(string path, GraphSchema schema, TimeProvider time, CancellationToken ct)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var store = new SqliteGraphStore(path, schema, time);
        try
        {
            await store.InitializeAsync(ct);
        }
        catch (Exception e) when (StorageFaults.Translate(e, store.Location) is { } fault)
        {
            await store.DisposeAsync();
            throw fault;
        }
        return store;
    }

    internal async Task<SqliteConnection> ConnectAsync(CancellationToken ct, bool foreignKeys = true)
    {
        var conn = new SqliteConnection(_connectionString);
        try
        {
            await conn.OpenAsync(ct);
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"PRAGMA foreign_keys = {(foreignKeys ? "ON" : "OFF")}; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
            await cmd.ExecuteNonQueryAsync(ct);
            return conn;
        }
        catch
        {
            // On a read-only disk the first statement fails; the open file must not wait for the finalizer.
            await conn.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await ExecAsync(conn, null, "PRAGMA journal_mode = WAL;", ct);
        var ddl = SchemaScripts.Sql(_schema, SqlDialect.Sqlite) + OperationalDdl + EvidenceDdl;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ddl)));
        await ExecAsync(conn, null, "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);", ct);
        if (await GetMetaAsync(conn, null, "ddl_sha256", ct) == hash) return;
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        await ExecAsync(conn, tx, ddl, ct);
        await ExecAsync(conn, tx, "INSERT INTO meta VALUES ('graph_version', '0') ON CONFLICT DO NOTHING;", ct);
        await SetMetaAsync(conn, tx, "ddl_sha256", hash, ct);
        await SetMetaAsync(conn, tx, "schema_version", _schema.Version.ToString(CultureInfo.InvariantCulture), ct);
        await tx.CommitAsync(ct);
    }

    // Tables the store needs beyond the graph itself.
    private const string OperationalDdl = """

        CREATE TABLE IF NOT EXISTS import (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            files TEXT NOT NULL,
            nodes_inserted INTEGER NOT NULL, nodes_updated INTEGER NOT NULL, nodes_unchanged INTEGER NOT NULL,
            rels_inserted INTEGER NOT NULL, rels_updated INTEGER NOT NULL, rels_unchanged INTEGER NOT NULL,
            graph_version INTEGER NOT NULL
        );

        CREATE TABLE IF NOT EXISTS list_version (
            id INTEGER PRIMARY KEY,
            list TEXT NOT NULL,
            format TEXT NOT NULL,
            publication_date TEXT,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            entries INTEGER NOT NULL,
            files TEXT NOT NULL,
            UNIQUE (list, sha256)
        );

        CREATE TABLE IF NOT EXISTS list_entry (
            version_id INTEGER NOT NULL REFERENCES list_version (id),
            seq INTEGER NOT NULL,
            entry_id TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (version_id, seq)
        );

        CREATE TABLE IF NOT EXISTS screening_match (
            id INTEGER PRIMARY KEY,
            node_id TEXT NOT NULL,
            entry TEXT NOT NULL,
            node_name TEXT NOT NULL,
            entry_name TEXT NOT NULL,
            matched_name TEXT NOT NULL,
            blocking INTEGER NOT NULL,
            score REAL NOT NULL,
            features TEXT NOT NULL,
            active INTEGER NOT NULL,
            status TEXT NOT NULL,
            note TEXT,
            decided_by TEXT,
            decided_at TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            UNIQUE (node_id, entry)
        );

        CREATE TABLE IF NOT EXISTS api_key (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            revoked_at TEXT
        );

        CREATE TABLE IF NOT EXISTS audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            origin TEXT NOT NULL,
            outcome TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );

        CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

        CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

        CREATE TABLE IF NOT EXISTS match_decision (
            id INTEGER PRIMARY KEY,
            match_id INTEGER NOT NULL REFERENCES screening_match (id),
            status TEXT NOT NULL,
            note TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """;

    public async Task<long> GetGraphVersionAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        return long.Parse(await GetMetaAsync(conn, null, "graph_version", ct) ?? "0", CultureInfo.InvariantCulture);
    }

    public async Task<StoreVersions> GetVersionsAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT key, value FROM meta WHERE key IN ('graph_version', 'screening_version')";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var (graph, screening) = (0L, 0L);
        while (await reader.ReadAsync(ct))
        {
            var value = long.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
            if (reader.GetString(0) == "graph_version") graph = value;
            else screening = value;
        }
        return new StoreVersions(graph, screening);
    }

    public async Task<GraphCounts> CountAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        var labels = await GroupCountAsync(conn, "SELECT label, count(*) FROM node GROUP BY label ORDER BY label", ct);
        var types = await GroupCountAsync(conn, "SELECT type, count(*) FROM edge GROUP BY type ORDER BY type", ct);
        var version = long.Parse(await GetMetaAsync(conn, null, "graph_version", ct) ?? "0", CultureInfo.InvariantCulture);
        return new GraphCounts(version, labels, types);
    }

    private static async Task<IReadOnlyDictionary<string, long>> GroupCountAsync(SqliteConnection conn, string sql, CancellationToken ct)
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) result[r.GetString(0)] = r.GetInt64(1);
        return result;
    }

    public async IAsyncEnumerable<StoredNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT id, label, props, source_file, source_line, import_id, as_of FROM node ORDER BY id";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) yield return ReadNode(r);
    }

    public async Task<long> ReadGraphAsync(Action<GraphNode> onNode, Action<GraphEdge> onEdge, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        // A read transaction in WAL mode sees one consistent state of the file.
        await using var tx = conn.BeginTransaction(deferred: true);
        var version = long.Parse(await GetMetaAsync(conn, tx, "graph_version", ct) ?? "0", CultureInfo.InvariantCulture);
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT id, label, props FROM node";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var label = r.GetString(1);
                var specs = _schema.Labels.TryGetValue(label, out var spec) ? spec.Properties : null;
                onNode(new GraphNode(new NodeId(r.GetString(0)), label, PropertyBag.FromJson(r.GetString(2), specs)));
            }
        }
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT s.id, e.type, d.id, e.props FROM edge e JOIN node s ON s.nid = e.src JOIN node d ON d.nid = e.dst";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var type = r.GetString(1);
                var specs = _schema.Relationships.TryGetValue(type, out var spec) ? spec.Properties : null;
                onEdge(new GraphEdge(new NodeId(r.GetString(0)), type, new NodeId(r.GetString(2)), PropertyBag.FromJson(r.GetString(3), specs)));
            }
        }
        return version;
    }

    /// <summary>
    /// Nodes and relationships are read at once on two connections, each in its own read transaction (WAL gives each a
    /// fixed view from its first read). Both first read the graph version: the same version on both is the same graph
    /// (every graph change moves it in its own transaction); otherwise an import committed in between, and both begin
    /// again before any row is read.
    /// </summary>
    public async Task<long> ReadRowsAsync(IGraphSink sink, CancellationToken ct)
    {
        await using var nodeConn = await ConnectAsync(ct);
        await using var edgeConn = await ConnectAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            await using var nodeTx = nodeConn.BeginTransaction(deferred: true);
            await using var edgeTx = edgeConn.BeginTransaction(deferred: true);
            var version = await VersionAsync(nodeConn, nodeTx);
            if (version != await VersionAsync(edgeConn, edgeTx))
            {
                if (attempt == 100) throw new InvalidOperationException("the graph kept changing while the snapshot was read (100 attempts)");
                continue;
            }
            await Task.WhenAll(
                Scan(nodeConn, nodeTx, "SELECT nid, id, label, props FROM node", r => sink.Node(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3))),
                Scan(edgeConn, edgeTx, "SELECT src, type, dst, props FROM edge", r => sink.Edge(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3))));
            return version;
        }

        async Task<long> VersionAsync(SqliteConnection conn, SqliteTransaction tx) =>
            long.Parse(await GetMetaAsync(conn, tx, "graph_version", ct) ?? "0", CultureInfo.InvariantCulture);

        Task Scan(SqliteConnection conn, SqliteTransaction tx, string sql, Action<SqliteDataReader> row) => Task.Run(() =>
        {
            using var cmd = conn.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            while (r.Read()) row(r);
        }, ct);
    }

    public async Task<StoredNode?> GetNodeAsync(NodeId id, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT id, label, props, source_file, source_line, import_id, as_of FROM node WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id.Value);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadNode(r) : null;
    }

    private StoredNode ReadNode(SqliteDataReader r)
    {
        var label = r.GetString(1);
        var specs = _schema.Labels.TryGetValue(label, out var spec) ? spec.Properties : null;
        var node = new GraphNode(new NodeId(r.GetString(0)), label, PropertyBag.FromJson(r.GetString(2), specs));
        return new StoredNode(node, ReadProvenance(r, 3));
    }

    public async IAsyncEnumerable<StoredEdge> ReadEdgesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = """
            SELECT s.id, e.type, d.id, e.props, e.source_file, e.source_line, e.import_id, e.as_of
            FROM edge e JOIN node s ON s.nid = e.src JOIN node d ON d.nid = e.dst
            ORDER BY s.id, e.type, d.id
            """;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var type = r.GetString(1);
            var specs = _schema.Relationships.TryGetValue(type, out var spec) ? spec.Properties : null;
            var edge = new GraphEdge(new NodeId(r.GetString(0)), type, new NodeId(r.GetString(2)), PropertyBag.FromJson(r.GetString(3), specs));
            yield return new StoredEdge(edge, ReadProvenance(r, 4));
        }
    }

    private static Provenance ReadProvenance(SqliteDataReader r, int first) => new(
        r.GetString(first), r.GetInt64(first + 1), r.GetInt64(first + 2),
        DateOnly.ParseExact(r.GetString(first + 3), "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public async Task<IReadOnlyList<ImportRecord>> ListImportsAsync(int limit, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT id, at, actor, kind, files, nodes_inserted, nodes_updated, nodes_unchanged, rels_inserted, rels_updated, rels_unchanged, graph_version FROM import ORDER BY id DESC LIMIT $limit";
        cmd.Parameters.AddWithValue("$limit", limit);
        var list = new List<ImportRecord>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var report = new ImportReport(r.GetInt64(0), r.GetInt64(11),
                new ChangeCounts(r.GetInt64(5), r.GetInt64(6), r.GetInt64(7)),
                new ChangeCounts(r.GetInt64(8), r.GetInt64(9), r.GetInt64(10)));
            list.Add(new ImportRecord(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture),
                r.GetString(2), r.GetString(3), JsonSerializer.Deserialize<string[]>(r.GetString(4)) ?? [], report));
        }
        return list;
    }

    internal static async Task ExecAsync(SqliteConnection conn, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    internal static async Task<string?> GetMetaAsync(SqliteConnection conn, SqliteTransaction? tx, string key, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT value FROM meta WHERE key = $k";
        cmd.Parameters.AddWithValue("$k", key);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    internal static async Task SetMetaAsync(SqliteConnection conn, SqliteTransaction? tx, string key, string value, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        cmd.Parameters.AddWithValue("$k", key);
        cmd.Parameters.AddWithValue("$v", value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        return ValueTask.CompletedTask;
    }
}
