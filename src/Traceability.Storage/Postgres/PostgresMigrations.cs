using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Traceability.Core.Audit;
using Traceability.Core.Schema;
using Traceability.Storage.Schema;

namespace Traceability.Storage.Postgres;

/// <summary>
/// Versioned migrations of the PostgreSQL store, recorded in <c>schema_migration</c> with the SHA-256 of their text.
/// A released migration never changes: a schema change is a new migration. Migration 1 is the DDL generated from
/// graph-schema (graph-schema/postgres.sql) plus the store's own tables.
/// </summary>
public static class PostgresMigrations
{
    // Any stable number: only migrations take this advisory lock.
    private const long MigrationLock = 0x5452_4143_4d49_4731;

    /// <summary>Every migration, in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> All(GraphSchema schema) =>
    [
        (1, "graph schema and store tables", SchemaScripts.Sql(schema, SqlDialect.Postgres) + StoreTables),
        (2, "evidence and reasonable-care checklists", EvidenceTables),
    ];

    /// <summary>
    /// Applies pending migrations in one transaction under an advisory lock (two processes starting at once apply them
    /// once). When <paramref name="applicationRole"/> names another role than the connected one, grants it what the store
    /// needs and no more: on the audit trail only SELECT and INSERT.
    /// </summary>
    public static async Task ApplyAsync(NpgsqlDataSource data, GraphSchema schema, string? applicationRole, CancellationToken ct)
    {
        var migrations = All(schema).Select(m => (m.Version, m.Name, m.Sql, Sha: Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(m.Sql))))).ToList();
        await using var conn = await data.OpenConnectionAsync(ct);
        // Up to date: nothing to create, so a role without CREATE rights can open the store.
        var pending = Pending(migrations, await AppliedAsync(conn, null, ct));
        var grant = applicationRole is { Length: > 0 } role && role != conn.UserName;
        if (pending.Count == 0 && !grant) return;
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Exec(conn, tx, $"SELECT pg_advisory_xact_lock({MigrationLock})", ct);
        await Exec(conn, tx, """
            CREATE TABLE IF NOT EXISTS schema_migration (
                version INT PRIMARY KEY,
                name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )
            """, ct);
        foreach (var (version, name, sql, sha) in Pending(migrations, await AppliedAsync(conn, tx, ct)))
        {
            await Exec(conn, tx, sql, ct);
            await using var rec = new NpgsqlCommand("INSERT INTO schema_migration (version, name, sha256) VALUES ($1, $2, $3)", conn, tx);
            rec.Parameters.Add(new NpgsqlParameter { Value = version });
            rec.Parameters.Add(new NpgsqlParameter { Value = name });
            rec.Parameters.Add(new NpgsqlParameter { Value = sha });
            await rec.ExecuteNonQueryAsync(ct);
        }
        if (grant)
        {
            var r = QuoteIdent(applicationRole!);
            await Exec(conn, tx, $"""
                GRANT SELECT ON schema_migration, schema_property, edge_rule TO {r};
                GRANT SELECT, INSERT, UPDATE ON node, edge, import, list_version, list_entry, screening_match, match_decision, api_key, store_head TO {r};
                GRANT SELECT, INSERT ON evidence, checklist_answer TO {r};
                GRANT SELECT, INSERT ON audit TO {r};
                REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM {r};
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {r};
                """, ct);
        }
        await tx.CommitAsync(ct);
    }

    private static List<(int Version, string Name, string Sql, string Sha)> Pending(
        List<(int Version, string Name, string Sql, string Sha)> migrations, Dictionary<int, string> applied)
    {
        var pending = new List<(int, string, string, string)>();
        foreach (var m in migrations)
        {
            if (!applied.TryGetValue(m.Version, out var had)) { pending.Add(m); continue; }
            if (had != m.Sha)
                throw new InvalidOperationException(
                    $"migration {m.Version} ({m.Name}) was applied with other text (sha256 {had[..12]}, now {m.Sha[..12]}); a released migration must not change: add a new one");
        }
        var newest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (applied.Keys.Any(v => v > newest))
            throw new InvalidOperationException($"the database has migration {applied.Keys.Max()}, newer than this program knows ({newest}): upgrade the program");
        return pending;
    }

    private static async Task<Dictionary<int, string>> AppliedAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, CancellationToken ct)
    {
        var applied = new Dictionary<int, string>();
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('schema_migration') IS NOT NULL", conn, tx))
            if (!(bool)(await exists.ExecuteScalarAsync(ct))!) return applied;
        await using var cmd = new NpgsqlCommand("SELECT version, sha256 FROM schema_migration", conn, tx);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) applied[r.GetInt32(0)] = r.GetString(1);
        return applied;
    }

    private static string QuoteIdent(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task Exec(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    // The store's own tables, the counterparts of the SQLite store's.
    // Evidence and checklist answers; node ids are not foreign keys, so that a re-import never loses evidence.
    private const string EvidenceTables = """
        CREATE TABLE evidence (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            node_id TEXT COLLATE "C" NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            date DATE,
            issuer TEXT,
            file TEXT,
            url TEXT,
            sha256 TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX evidence_node ON evidence (node_id);
        CREATE TABLE checklist_answer (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            supplier_id TEXT COLLATE "C" NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            date DATE,
            note TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX checklist_answer_supplier ON checklist_answer (supplier_id, question);
        """;

    private static readonly string StoreTables = $$"""

        -- Store tables (migration 1).
        CREATE TABLE store_head (
            id INT PRIMARY KEY CHECK (id = 1),
            graph_version BIGINT NOT NULL,
            screening_version BIGINT NOT NULL,
            audit_seq BIGINT NOT NULL,
            audit_hash TEXT NOT NULL
        );
        INSERT INTO store_head VALUES (1, 0, 0, 0, '{{AuditChain.Genesis}}');

        CREATE TABLE import (
            id BIGINT PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            files JSONB NOT NULL,
            nodes_inserted BIGINT NOT NULL, nodes_updated BIGINT NOT NULL, nodes_unchanged BIGINT NOT NULL,
            rels_inserted BIGINT NOT NULL, rels_updated BIGINT NOT NULL, rels_unchanged BIGINT NOT NULL,
            graph_version BIGINT NOT NULL
        );

        CREATE TABLE list_version (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            list TEXT NOT NULL,
            format TEXT NOT NULL,
            publication_date TEXT,
            sha256 TEXT NOT NULL,
            imported_at TIMESTAMPTZ NOT NULL,
            actor TEXT NOT NULL,
            entries INT NOT NULL,
            files JSONB NOT NULL,
            UNIQUE (list, sha256)
        );

        CREATE TABLE list_entry (
            version_id BIGINT NOT NULL REFERENCES list_version (id),
            seq INT NOT NULL,
            entry_id TEXT NOT NULL,
            data JSONB NOT NULL,
            PRIMARY KEY (version_id, seq)
        );

        CREATE TABLE screening_match (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            node_id TEXT NOT NULL,
            entry TEXT NOT NULL,
            node_name TEXT NOT NULL,
            entry_name TEXT NOT NULL,
            matched_name TEXT NOT NULL,
            blocking BOOLEAN NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            features JSONB NOT NULL,
            active BOOLEAN NOT NULL,
            status TEXT NOT NULL,
            note TEXT,
            decided_by TEXT,
            decided_at TIMESTAMPTZ,
            first_seen TIMESTAMPTZ NOT NULL,
            last_seen TIMESTAMPTZ NOT NULL,
            UNIQUE (node_id, entry)
        );

        CREATE TABLE match_decision (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            match_id BIGINT NOT NULL REFERENCES screening_match (id),
            status TEXT NOT NULL,
            note TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TIMESTAMPTZ NOT NULL
        );

        CREATE TABLE api_key (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            created_by TEXT NOT NULL,
            revoked_at TIMESTAMPTZ
        );

        -- The audit trail is append-only: a trigger rejects UPDATE, DELETE and TRUNCATE whoever asks, and the
        -- application's role is granted only SELECT and INSERT on it. pos is the stored order, checked on verify.
        CREATE TABLE audit (
            pos BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
            seq BIGINT PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL,
            actor TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            origin TEXT NOT NULL,
            outcome TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );

        CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            RAISE EXCEPTION 'the audit trail is append-only (% rejected)', TG_OP USING ERRCODE = 'insufficient_privilege';
        END
        $fn$;

        CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON audit
            FOR EACH ROW EXECUTE FUNCTION audit_append_only();
        CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
            FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
        REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM PUBLIC;
        """;
}
