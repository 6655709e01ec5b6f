using System.CommandLine;

namespace Traceability.Cli;

/// <summary>Options every command takes.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "SQLite file path or PostgreSQL connection string (default: traceability.db in the user's data folder)",
        Recursive = true,
    };

    public static readonly Option<string?> Lists = new("--lists")
    {
        Description = "Folder of reference lists (dol-goods.csv, high-risk-hosts.csv; default: the shipped seed-data/lists)",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Log progress and details to stderr",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write machine-readable JSON to stdout" };
}
