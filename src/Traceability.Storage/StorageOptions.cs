using System.ComponentModel.DataAnnotations;

namespace Traceability.Storage;

/// <summary>Which store to use, bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    [Required]
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Storage:Provider must be Sqlite or Postgres")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>SQLite file; default: traceability.db in the user's data folder.</summary>
    public string? Path { get; set; }

    /// <summary>PostgreSQL connection string (Host=...;Database=... or a postgres:// URI).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL connection string of the tables' owner, used only to apply migrations; when set, the role of
    /// <see cref="ConnectionString"/> is granted what the store needs (on the audit trail: SELECT and INSERT only).
    /// </summary>
    public string? MigrationConnectionString { get; set; }

    public static string DefaultSqlitePath =>
        System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "traceability", "traceability.db");

    /// <summary>Reads a <c>--db</c> value: a PostgreSQL connection string or URI, else a SQLite file path.</summary>
    public static StorageOptions FromDb(string db) => LooksLikePostgres(db)
        ? new StorageOptions { Provider = "Postgres", ConnectionString = db }
        : new StorageOptions { Provider = "Sqlite", Path = db };

    public static bool LooksLikePostgres(string db) =>
        Postgres.PostgresConnectionStrings.IsUri(db) ||
        (db.Contains('=') && db.Contains("host", StringComparison.OrdinalIgnoreCase));
}
