using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage.Sqlite;

namespace Traceability.Storage.Backups;

/// <summary>
/// SQLite backups through the online backup API: one read transaction copies every page of one committed state while
/// writers go on (WAL). The copy is checked, its graph digest is recorded inside it (table <c>meta</c>), and it is left as
/// a single self-contained file (rollback journal mode). A restore copies the backup aside, checks it and its recorded
/// digest, then copies it into the target through the backup API, which writes the target in one transaction.
/// </summary>
internal static class SqliteBackup
{
    private const string DigestKey = "backup_digest";
    private const string TakenKey = "backup_taken_at";
    private const string SourceKey = "backup_source";

    public static async Task<BackupReport> BackupAsync(string sourcePath, GraphSchema schema, TimeProvider time, string file, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var source = Path.GetFullPath(sourcePath);
        if (!File.Exists(source)) throw new BackupException($"there is no SQLite store at {source}");
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        DeleteDatabase(partial);
        try
        {
            await using (var src = await OpenAsync(source, ct))
            await using (var dst = await OpenAsync(partial, ct))
                src.BackupDatabase(dst);
            IntegrityReport integrity;
            string digest;
            GraphCounts counts;
            await using (var copy = await SqliteGraphStore.OpenAsync(partial, schema, time, ct))
            {
                integrity = await copy.CheckIntegrityAsync(ct);
                digest = await GraphDigest.ComputeAsync(copy, withProvenance: true, ct);
                counts = await copy.CountAsync(ct);
                await using var conn = await copy.ConnectAsync(ct);
                await SetAsync(conn, DigestKey, digest, ct);
                await SetAsync(conn, TakenKey, time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture), ct);
                await SetAsync(conn, SourceKey, "sqlite:" + source, ct);
            }
            // One file, no -wal beside it, whatever the store's journal mode.
            await using (var conn = await OpenAsync(partial, ct))
                await ExecAsync(conn, "PRAGMA journal_mode = DELETE", ct);
            File.Move(partial, target, overwrite: true);
            return new BackupReport(target, "sqlite:" + source, "SQLite online backup API", new FileInfo(target).Length, clock.Elapsed.TotalSeconds,
                digest, counts, integrity);
        }
        catch (SqliteException e) when (StorageFaults.Translate(e, "sqlite:" + target) is { } fault)
        {
            throw new BackupException($"the backup could not be written: {fault.Message}", e);
        }
        finally
        {
            DeleteDatabase(partial);
        }
    }

    public static async Task<RestoreReport> RestoreAsync(string targetPath, GraphSchema schema, TimeProvider time, string file, bool force, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var target = Path.GetFullPath(targetPath);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var work = Path.Combine(folder, $".{Path.GetFileName(target)}.restore-{Guid.NewGuid():n}");
        var untouched = File.Exists(target) ? $"{target} was not touched" : $"nothing was written to {target}";
        try
        {
            File.Copy(file, work);
            var expected = await CheckBackupAsync(work, file, untouched, ct);
            string digest;
            await using (var copy = await OpenStoreAsync(work, schema, time, file, untouched, ct))
            {
                var report = await copy.CheckIntegrityAsync(ct);
                if (!report.Intact)
                    throw new BackupException($"{file} fails the integrity check ({string.Join("; ", report.Checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Detail}"))}); {untouched}");
                digest = await GraphDigest.ComputeAsync(copy, withProvenance: true, ct);
                if (expected is not null && expected != digest)
                    throw new BackupException($"{file} does not hold the graph it held when it was taken (digest {digest[..16]}..., recorded {expected[..16]}...): it was altered or damaged; {untouched}");
                await using var conn = await copy.ConnectAsync(ct);
                await ExecAsync(conn, $"DELETE FROM meta WHERE key IN ('{DigestKey}', '{TakenKey}', '{SourceKey}')", ct);
            }
            var replaced = await HoldsDataAsync(target, force, ct);
            await using (var src = await OpenAsync(work, ct))
            await using (var dst = await OpenAsync(target, ct))
            {
                await ExecAsync(dst, "PRAGMA busy_timeout = 30000", ct);
                src.BackupDatabase(dst);
            }
            await using var restored = await SqliteGraphStore.OpenAsync(target, schema, time, ct);
            var integrity = await restored.CheckIntegrityAsync(ct);
            var after = await GraphDigest.ComputeAsync(restored, withProvenance: true, ct);
            if (after != digest) throw new BackupException($"{target} does not hold the backup's graph after the restore (digest {after[..16]}..., expected {digest[..16]}...)");
            return new RestoreReport(file, restored.Location, replaced, clock.Elapsed.TotalSeconds, after, await restored.CountAsync(ct), integrity);
        }
        finally
        {
            DeleteDatabase(work);
        }
    }

    // A SQLite database with the store's tables whose pages and indexes are consistent; returns the digest recorded in it.
    private static async Task<string?> CheckBackupAsync(string work, string file, string untouched, CancellationToken ct)
    {
        try
        {
            await using var conn = await OpenAsync(work, ct);
            var tables = await ScalarAsync(conn, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'node', 'edge', 'import', 'audit')", ct);
            if (Convert.ToInt64(tables, System.Globalization.CultureInfo.InvariantCulture) != 5)
                throw new BackupException($"{file} is a SQLite database but not a Traceability store (no node, edge, import, audit and meta tables); {untouched}");
            var problems = new List<string>();
            using (var cmd = conn.CreateCommand())
            {
                cmd.CommandText = "PRAGMA integrity_check(5)";
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) problems.AddRange(r.GetString(0).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            if (problems is not ["ok"]) throw new BackupException($"{file} is damaged ({string.Join("; ", problems.Take(5))}); {untouched}");
            return await ScalarAsync(conn, $"SELECT value FROM meta WHERE key = '{DigestKey}'", ct) as string;
        }
        catch (SqliteException e)
        {
            throw new BackupException($"{file} is not a usable backup ({e.Message.TrimEnd('.')}); {untouched}", e);
        }
    }

    private static async Task<SqliteGraphStore> OpenStoreAsync(string work, GraphSchema schema, TimeProvider time, string file, string untouched, CancellationToken ct)
    {
        try
        {
            return await SqliteGraphStore.OpenAsync(work, schema, time, ct);
        }
        catch (StorageFaultException e) when (e.Fault == StorageFault.Corrupt)
        {
            throw new BackupException($"{file} is not a usable backup ({e.InnerException?.Message ?? e.Message}); {untouched}", e);
        }
    }

    // True when the target holds anything a restore would overwrite; refused then unless forced.
    private static async Task<bool> HoldsDataAsync(string target, bool force, CancellationToken ct)
    {
        if (!File.Exists(target)) return false;
        string? held;
        try
        {
            await using var conn = await OpenAsync(target, ct);
            var tables = new[] { "node", "edge", "import", "audit", "evidence", "api_key", "list_version" };
            var present = new List<string>();
            foreach (var t in tables)
                if (await ScalarAsync(conn, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{t}'", ct) is 1L) present.Add(t);
            var parts = new List<string>();
            foreach (var t in present)
                if (await ScalarAsync(conn, $"SELECT count(*) FROM {t}", ct) is long n and > 0) parts.Add($"{n:N0} {t} rows");
            held = parts.Count == 0 ? null : string.Join(", ", parts);
        }
        catch (SqliteException e)
        {
            if (!force) throw new BackupException($"{target} exists but cannot be read ({e.Message.TrimEnd('.')}); pass --force to replace it");
            // A damaged target is replaced whole: removed first, so that its -wal cannot be replayed onto the restored file.
            SqliteConnection.ClearAllPools();
            DeleteDatabase(target);
            return true;
        }
        if (held is null) return false;
        if (!force) throw new BackupException($"{target} holds data ({held}); restore refuses to overwrite it without --force. Nothing was changed.");
        return true;
    }

    private static async Task<SqliteConnection> OpenAsync(string path, CancellationToken ct)
    {
        var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        await conn.OpenAsync(ct);
        return conn;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection conn, string sql, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(ct);
    }

    private static async Task ExecAsync(SqliteConnection conn, string sql, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task SetAsync(SqliteConnection conn, string key, string value, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        cmd.Parameters.AddWithValue("$k", key);
        cmd.Parameters.AddWithValue("$v", value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            File.Delete(f);
    }
}
