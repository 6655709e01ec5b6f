using Microsoft.Data.Sqlite;
using Npgsql;
using Traceability.Core.Storage;

namespace Traceability.Storage;

/// <summary>
/// Turns the database drivers' errors for causes outside the program (disk full, read-only, no write permission, damaged
/// file) into <see cref="StorageFaultException"/>s whose message says what happened, where, and that nothing was kept.
/// </summary>
public static class StorageFaults
{
    private const string RolledBack = "The transaction was rolled back; nothing was changed.";

    /// <summary>The fault <paramref name="e"/> stands for, or null when it is not one of them.</summary>
    /// <param name="e">An exception from a store.</param>
    /// <param name="location">The store's <see cref="IGraphStore.Location"/>.</param>
    public static StorageFaultException? Translate(Exception e, string location) => e switch
    {
        StorageFaultException f => f,
        SqliteException s => Sqlite(s, location),
        PostgresException p => Postgres(p, location),
        // A server that crashed or restarted, or a network that broke: the socket ends under the driver.
        NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException } n => new(StorageFault.ConnectionLost,
            $"the connection to {location} was lost ({n.InnerException!.Message.TrimEnd('.')}). A transaction in progress was not " +
            "committed, unless the connection broke during the commit itself; 'traceability check' shows what the store holds.", n),
        _ => null,
    };

    // SQLite's primary result codes (the low byte of the extended code).
    private const int SqliteReadOnly = 8, SqliteIoError = 10, SqliteCorrupt = 11, SqliteFull = 13, SqliteCantOpen = 14, SqliteNotADb = 26;

    private static StorageFaultException? Sqlite(SqliteException e, string location)
    {
        var folder = Path.GetDirectoryName(location.StartsWith("sqlite:", StringComparison.Ordinal) ? location[7..] : location);
        return (e.SqliteErrorCode & 0xff) switch
        {
            SqliteFull => new(StorageFault.DiskFull,
                $"disk full while writing {location} ({e.Message.TrimEnd('.')}). {RolledBack} Free space on the disk that holds {folder} and run it again.", e),
            SqliteReadOnly or SqliteCantOpen when !Writable(folder) => new(StorageFault.ReadOnly,
                $"{location} is read-only: {folder} cannot be written (read-only disk or folder) ({e.Message.TrimEnd('.')}). Nothing was written.", e),
            SqliteReadOnly => new(StorageFault.ReadOnly,
                $"{location} is read-only ({e.Message.TrimEnd('.')}). Nothing was written; check the permissions of the file, its -wal and -shm files and {folder}.", e),
            SqliteIoError when (e.SqliteExtendedErrorCode >> 8) is 3 or 19 => new(StorageFault.DiskFull,
                $"disk write failed on {location} ({e.Message.TrimEnd('.')}); the disk may be full. {RolledBack}", e),
            SqliteCorrupt or SqliteNotADb => new(StorageFault.Corrupt,
                $"{location} is damaged or not a Traceability database ({e.Message.TrimEnd('.')}). Run 'traceability check' and restore a backup.", e),
            _ => null,
        };
    }

    private static StorageFaultException? Postgres(PostgresException e, string location) => e.SqlState switch
    {
        PostgresErrorCodes.DiskFull => new(StorageFault.DiskFull,
            $"disk full on the PostgreSQL server of {location} ({e.MessageText}). {RolledBack} Free space on the server (data folder or tablespace) and run it again.", e),
        PostgresErrorCodes.ReadOnlySqlTransaction => new(StorageFault.ReadOnly,
            $"{location} is read-only ({e.MessageText}): the database or server accepts reads only (default_transaction_read_only, a standby). {RolledBack}", e),
        PostgresErrorCodes.InsufficientPrivilege => new(StorageFault.PermissionDenied,
            $"the database role may not write to {location} ({e.MessageText}). {RolledBack} Connect as a role with write access, or let the owner grant it (Storage:MigrationConnectionString).", e),
        PostgresErrorCodes.DataCorrupted or PostgresErrorCodes.IndexCorrupted => new(StorageFault.Corrupt,
            $"{location} reports damaged data ({e.MessageText}). {RolledBack} Run 'traceability check' and restore a backup.", e),
        _ => null,
    };

    // Whether a file can be created in the folder (false on a read-only mount, where even root cannot write).
    private static bool Writable(string? folder)
    {
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder)) return false;
        var probe = Path.Combine(folder, $".traceability-probe-{Environment.ProcessId}-{Guid.NewGuid():n}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
