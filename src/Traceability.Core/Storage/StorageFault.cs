namespace Traceability.Core.Storage;

/// <summary>Why a store could not be written or read.</summary>
public enum StorageFault
{
    /// <summary>The disk (or the database server's) ran out of space.</summary>
    DiskFull,

    /// <summary>The file, its folder, the disk or the database accepts reads only.</summary>
    ReadOnly,

    /// <summary>The database role may not change the tables.</summary>
    PermissionDenied,

    /// <summary>The file is damaged or not a database.</summary>
    Corrupt,

    /// <summary>The connection to the database server broke (server crash or restart, network).</summary>
    ConnectionLost,
}
