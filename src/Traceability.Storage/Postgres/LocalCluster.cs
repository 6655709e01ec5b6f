using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Traceability.Storage.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster from the binaries on this machine (Debian's postgresql package: initdb and pg_ctl in
/// /usr/lib/postgresql/*/bin, or $PG_BIN, or PATH), in a folder of its own on a free port of 127.0.0.1, with trust
/// authentication. As root it runs as the <c>postgres</c> OS user, since PostgreSQL refuses to run as root. Used by the
/// benchmarks and the tests; disposing stops the server and deletes the folder.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly string _runAs;

    private LocalCluster(string binDirectory, string runAs, string root, int port)
    {
        BinDirectory = binDirectory;
        _runAs = runAs;
        Root = root;
        Port = port;
    }

    /// <summary>Folder of the PostgreSQL programs.</summary>
    public string BinDirectory { get; }

    /// <summary>Folder of the cluster (data, log, socket).</summary>
    public string Root { get; }

    /// <summary>TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>OS user the server runs as: <c>postgres</c> when started by root, else empty (the current user).</summary>
    public string RunAs => _runAs;

    /// <summary>The folder holding initdb and pg_ctl, or null with the reason in <paramref name="missing"/>.</summary>
    public static string? FindBinaries(out string missing)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } env) candidates.Add(env);
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin")));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        var found = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        missing = found is null ? "initdb and pg_ctl were not found in /usr/lib/postgresql/*/bin, $PG_BIN or PATH (Debian package: postgresql)" : "";
        return found;
    }

    /// <summary>
    /// Creates and starts a cluster under <paramref name="parent"/> with the server <paramref name="settings"/>
    /// (<c>name=value</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is missing or did not start; the message says why.</exception>
    public static async Task<LocalCluster> StartAsync(string parent, IEnumerable<string> settings, CancellationToken ct)
    {
        var bin = FindBinaries(out var missing) ?? throw new InvalidOperationException(missing);
        var asRoot = Environment.UserName == "root";
        if (asRoot && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
            throw new InvalidOperationException("running as root without runuser to start PostgreSQL as the postgres user");
        var root = Path.Combine(parent, "pg-" + Guid.NewGuid().ToString("n")[..12]);
        Directory.CreateDirectory(root);
        var runAs = asRoot ? "postgres" : "";
        try
        {
            if (asRoot)
            {
                var (code, output) = await RunAsync("chown", ["postgres:postgres", root], TimeSpan.FromSeconds(30), ct);
                if (code != 0) throw new InvalidOperationException($"cannot give {root} to the postgres user (is there one?): {output}");
            }
            var data = Path.Combine(root, "data");
            var log = Path.Combine(root, "server.log");
            var init = await RunAsAsync(runAs, Path.Combine(bin, "initdb"),
                ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"], TimeSpan.FromMinutes(2), ct);
            if (init.Code != 0) throw new InvalidOperationException($"initdb failed (exit {init.Code}):\n{init.Output}");
            var extra = string.Join(' ', settings.Select(s => "-c " + s));
            string? lastError = null;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var port = FreePort();
                var options = $"-p {port} -k {root} -c listen_addresses=127.0.0.1 {extra}";
                var start = await RunAsAsync(runAs, Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"], TimeSpan.FromSeconds(90), ct);
                if (start.Code == 0) return new LocalCluster(bin, runAs, root, port);
                lastError = $"pg_ctl start failed (exit {start.Code}) on port {port}:\n{start.Output}\n--- {log} ---\n{Tail(log)}";
                await RunAsAsync(runAs, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(30), ct);
            }
            throw new InvalidOperationException(lastError);
        }
        catch
        {
            TryDelete(root);
            throw;
        }
    }

    /// <summary>A connection string for <paramref name="database"/> as <paramref name="user"/>.</summary>
    public string Connection(string database, string user = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = user, Database = database, Timeout = 30, CommandTimeout = 0, IncludeErrorDetail = true,
        }.ConnectionString;

    /// <summary>Runs SQL on <paramref name="connectionString"/> (default: the <c>postgres</c> database).</summary>
    public async Task ExecAsync(string sql, string? connectionString = null, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(connectionString ?? Connection("postgres"));
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The shell command that stops the server and deletes its folder (for watchdogs that outlive this process).</summary>
    public string StopCommand() =>
        $"{(_runAs.Length > 0 ? $"runuser -u {_runAs} -- " : "")}{Path.Combine(BinDirectory, "pg_ctl")} -D {Path.Combine(Root, "data")} -m immediate -w stop >/dev/null 2>&1; rm -rf {Root}";

    /// <summary>Stops the server (immediate) and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await RunAsync("bash", ["-c", StopCommand()], TimeSpan.FromSeconds(60), CancellationToken.None);
        TryDelete(Root);
    }

    /// <summary>Runs a program as <paramref name="user"/> (empty: the current user); exit code and output.</summary>
    public static Task<(int Code, string Output)> RunAsAsync(string user, string file, IEnumerable<string> args, TimeSpan timeout, CancellationToken ct) =>
        user.Length == 0 ? RunAsync(file, args, timeout, ct) : RunAsync("runuser", ["-u", user, "--", file, .. args], timeout, ct);

    /// <summary>Runs a program to its end or <paramref name="timeout"/> (then kills it); exit code (-1 on timeout) and output.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(file, args)
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = "/tmp",
        };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = p.StandardError.ReadToEndAsync(CancellationToken.None);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            return (-1, $"{file} timed out after {timeout.TotalSeconds:0} s");
        }
        return (p.ExitCode, (await stdout + await stderr).Trim());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Tail(string path)
    {
        try
        {
            var lines = File.ReadAllLines(path);
            return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 40)));
        }
        catch (IOException e) { return $"(no log: {e.Message})"; }
        catch (UnauthorizedAccessException e) { return $"(no log: {e.Message})"; }
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
