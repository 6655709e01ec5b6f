using Traceability.Core.Schema;

namespace Traceability.Storage.Backups;

/// <summary>
/// Backs up and restores the store the options name: SQLite through its online backup API, PostgreSQL through pg_dump and
/// pg_restore. Both run while other processes write: the backup is one consistent state.
/// </summary>
public static class StoreBackups
{
    /// <summary>Writes a backup of the store to <paramref name="file"/> (refused when it exists, unless <paramref name="force"/>).</summary>
    /// <exception cref="BackupException">The backup could not be written; no file was left at <paramref name="file"/>.</exception>
    public static Task<BackupReport> BackupAsync(StorageOptions options, GraphSchema schema, TimeProvider time, string file, bool force, CancellationToken ct)
    {
        if (File.Exists(file) && !force) throw new BackupException($"{file} exists; name another file or pass --force to replace it");
        if (Directory.Exists(file)) throw new BackupException($"{file} is a folder; name a file");
        return options.Provider == "Postgres"
            ? PostgresBackup.BackupAsync(Postgres(options), file, ct)
            : SqliteBackup.BackupAsync(options.Path ?? StorageOptions.DefaultSqlitePath, schema, time, file, ct);
    }

    /// <summary>
    /// Checks the backup in <paramref name="file"/>, restores it into the store (refused when the store holds data, unless
    /// <paramref name="force"/>) and checks the result.
    /// </summary>
    /// <exception cref="BackupException">The backup is unusable or the store holds data; the store was not touched.</exception>
    public static Task<RestoreReport> RestoreAsync(StorageOptions options, GraphSchema schema, TimeProvider time, string file, bool force, CancellationToken ct)
    {
        if (!File.Exists(file)) throw new BackupException($"there is no backup file at {file}");
        return options.Provider == "Postgres"
            ? PostgresBackup.RestoreAsync(Postgres(options), schema, time, file, force, ct)
            : SqliteBackup.RestoreAsync(options.Path ?? StorageOptions.DefaultSqlitePath, schema, time, file, force, ct);
    }

    private static string Postgres(StorageOptions options) => options.ConnectionString is { Length: > 0 } cs ? cs
        : throw new InvalidOperationException("Storage:Provider is Postgres but Storage:ConnectionString is empty (Host=...;Database=... or postgres://user@host/db)");
}
