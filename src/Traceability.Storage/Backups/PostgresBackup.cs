using System.Diagnostics;
using Npgsql;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage.Postgres;

namespace Traceability.Storage.Backups;

/// <summary>
/// PostgreSQL backups with pg_dump's custom format: one repeatable-read snapshot of the database, taken while writers go
/// on. A restore lists the archive first (a damaged one is refused before the target is touched), then runs pg_restore
/// in a single transaction (any error rolls all of it back), then opens and checks the store.
/// </summary>
internal static class PostgresBackup
{
    // Tables an archive of a Traceability store holds.
    private static readonly string[] StoreTables = ["node", "edge", "import", "audit", "store_head", "schema_migration"];

    public static async Task<BackupReport> BackupAsync(string connectionString, string file, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var location = PostgresConnectionStrings.Describe(PostgresConnectionStrings.Normalize(connectionString));
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        var (conninfo, password) = PostgresTools.ConnInfo(connectionString);
        try
        {
            var (exit, _, err) = await PostgresTools.RunAsync("pg_dump", ["--format=custom", "--file=" + partial, "--no-password", "--dbname=" + conninfo], password, ct);
            if (exit != 0) throw new BackupException($"pg_dump of {location} failed (exit {exit}): {PostgresTools.Tail(err)}; no backup was written");
            var toc = await ListAsync(partial, ct);
            if (toc is null) throw new BackupException($"pg_dump of {location} wrote an archive pg_restore cannot read; no backup was written");
            File.Move(partial, target, overwrite: true);
            return new BackupReport(target, location, "pg_dump (custom format)", new FileInfo(target).Length, clock.Elapsed.TotalSeconds, null, null, null);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public static async Task<RestoreReport> RestoreAsync(string connectionString, GraphSchema schema, TimeProvider time, string file, bool force, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var normalized = PostgresConnectionStrings.Normalize(connectionString);
        var location = PostgresConnectionStrings.Describe(normalized);
        var untouched = $"{location} was not touched";
        var toc = await ListAsync(file, ct) ?? throw new BackupException($"{file} is not a usable pg_dump archive (pg_restore cannot read it); {untouched}");
        var missing = StoreTables.Where(t => !toc.Any(l => l.Contains($" TABLE DATA public {t} ", StringComparison.Ordinal))).ToList();
        if (missing.Count > 0) throw new BackupException($"{file} is a pg_dump archive but not of a Traceability store (no data for {string.Join(", ", missing)}); {untouched}");
        var replaced = await HoldsDataAsync(normalized, location, force, ct);

        var (conninfo, password) = PostgresTools.ConnInfo(connectionString);
        var (exit, _, err) = await PostgresTools.RunAsync("pg_restore",
            ["--single-transaction", "--exit-on-error", "--clean", "--if-exists", "--no-owner", "--no-acl", "--no-password", "--dbname=" + conninfo, file], password, ct);
        if (exit != 0)
            throw new BackupException($"pg_restore of {file} failed (exit {exit}): {PostgresTools.Tail(err)}; it ran as one transaction, which was rolled back: {untouched}");
        NpgsqlConnection.ClearAllPools();
        await using var store = await PostgresGraphStore.OpenAsync(normalized, schema, time, ct);
        var integrity = await store.CheckIntegrityAsync(ct);
        var digest = await GraphDigest.ComputeAsync(store, withProvenance: true, ct);
        return new RestoreReport(file, location, replaced, clock.Elapsed.TotalSeconds, digest, await store.CountAsync(ct), integrity);
    }

    // The archive's table of contents, or null when pg_restore cannot read it.
    private static async Task<List<string>?> ListAsync(string file, CancellationToken ct)
    {
        var (exit, output, _) = await PostgresTools.RunAsync("pg_restore", ["--list", file], null, ct);
        return exit == 0 ? [.. output.Split('\n')] : null;
    }

    private static async Task<bool> HoldsDataAsync(string connectionString, string location, bool force, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        var parts = new List<string>();
        foreach (var t in new[] { "node", "edge", "import", "audit", "evidence", "api_key", "list_version" })
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", conn);
            exists.Parameters.Add(new NpgsqlParameter { Value = "public." + t });
            if (!(bool)(await exists.ExecuteScalarAsync(ct))!) continue;
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM public.{t}", conn);
            if ((long)(await count.ExecuteScalarAsync(ct))! is var n and > 0) parts.Add($"{n:N0} {t} rows");
        }
        if (parts.Count == 0) return false;
        if (!force) throw new BackupException($"{location} holds data ({string.Join(", ", parts)}); restore refuses to overwrite it without --force. Nothing was changed.");
        return true;
    }
}
