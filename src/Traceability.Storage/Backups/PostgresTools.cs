using System.Diagnostics;
using System.Text;
using Npgsql;

namespace Traceability.Storage.Backups;

/// <summary>Finds and runs PostgreSQL's client programs (pg_dump, pg_restore) against a store's database.</summary>
internal static class PostgresTools
{
    /// <summary>The program's path: in $PG_BIN, the newest /usr/lib/postgresql/*/bin, or on PATH.</summary>
    public static string Find(string program)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } env) candidates.Add(env);
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin")));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists)
            ?? throw new BackupException($"{program} was not found in $PG_BIN, /usr/lib/postgresql/*/bin or PATH; install PostgreSQL's client programs (Debian: postgresql-client) in a version at least the server's");
    }

    /// <summary>libpq's form of an Npgsql connection string, without the password (passed in PGPASSWORD instead).</summary>
    public static (string ConnInfo, string? Password) ConnInfo(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(Postgres.PostgresConnectionStrings.Normalize(connectionString));
        var parts = new List<string>();
        void Add(string key, object? value)
        {
            if (value is null || value.ToString() is not { Length: > 0 } v) return;
            parts.Add($"{key}='{v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}'");
        }
        Add("host", b.Host);
        Add("port", b.Port);
        Add("dbname", b.Database);
        Add("user", b.Username);
        if (b.SslMode != SslMode.Disable && b.SslMode != SslMode.Prefer) Add("sslmode", b.SslMode.ToString().ToLowerInvariant().Replace("verify", "verify-", StringComparison.Ordinal));
        Add("application_name", "traceability");
        return (string.Join(' ', parts), b.Password);
    }

    /// <summary>Runs the program to the end; exit code, stdout and stderr.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string program, IEnumerable<string> args, string? password, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(Find(program), args)
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        psi.Environment["PGPASSWORD"] = password ?? "";
        psi.Environment["PGCONNECT_TIMEOUT"] = "30";
        using var p = Process.Start(psi) ?? throw new BackupException($"{program} could not be started");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        try
        {
            await p.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw;
        }
        return (p.ExitCode, await stdout, await stderr);
    }

    /// <summary>The last lines of a program's error output, for a message.</summary>
    public static string Tail(string err, int lines = 4)
    {
        var all = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new StringBuilder();
        foreach (var l in all.Skip(Math.Max(0, all.Length - lines))) sb.Append(sb.Length == 0 ? "" : " | ").Append(l);
        return sb.Length == 0 ? "no message" : sb.ToString();
    }
}
