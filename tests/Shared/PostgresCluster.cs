using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Traceability.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for one test process: initdb and pg_ctl from Debian's postgresql package into a temp
/// folder, on a free port of 127.0.0.1, stopped and deleted when the process ends (a watchdog does it if the process
/// dies). As root the cluster runs as the <c>postgres</c> OS user, since PostgreSQL refuses to run as root.
/// Tests call <see cref="GetAsync"/>: when the binaries are missing it skips the test with the reason, except under
/// <c>CI=true</c>, where a missing binary fails it.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<Task<(PostgresCluster? Cluster, string? Missing)>> Shared = new(StartAsync);
    private static int _databases;

    private readonly string _runAs;
    private readonly string _binDir;
    private readonly string _root;

    private PostgresCluster(string binDir, string runAs, string root, int port)
    {
        _binDir = binDir;
        _runAs = runAs;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Superuser connection string to the <c>postgres</c> database.</summary>
    public string AdminConnectionString => Connection("postgres");

    /// <summary>The cluster of this test process, started on first use; skips (or fails under CI) when PostgreSQL is missing.</summary>
    public static async Task<PostgresCluster> GetAsync()
    {
        var (cluster, missing) = await Shared.Value;
        if (cluster is not null) return cluster;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"CI=true and PostgreSQL is not available: {missing}");
        Assert.Skip($"PostgreSQL is not available: {missing}");
        throw new UnreachableException();
    }

    /// <summary>A connection string for <paramref name="database"/> as <paramref name="user"/> (trust authentication).</summary>
    public string Connection(string database, string user = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = user, Database = database, Timeout = 30, CommandTimeout = 300,
            IncludeErrorDetail = true,
        }.ConnectionString;

    /// <summary>Creates an empty database and returns its superuser connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():n}"[..24];
        await ExecAsync($"CREATE DATABASE {name}");
        return Connection(name);
    }

    /// <summary>Creates a login role without special rights.</summary>
    public async Task CreateRoleAsync(string name) => await ExecAsync($"CREATE ROLE {name} LOGIN");

    /// <summary>Runs SQL on <paramref name="connectionString"/> (default: the admin database).</summary>
    public async Task ExecAsync(string sql, string? connectionString = null)
    {
        await using var conn = new NpgsqlConnection(connectionString ?? AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<(PostgresCluster?, string?)> StartAsync()
    {
        var bin = FindBinaries();
        if (bin is null) return (null, "initdb and pg_ctl were not found in /usr/lib/postgresql/*/bin, $PG_BIN or PATH (Debian package: postgresql)");
        var asRoot = Environment.UserName == "root";
        if (asRoot && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
            return (null, "running as root without runuser to start PostgreSQL as the postgres user");
        var dir = Path.Combine("/tmp", "traceability-pg-" + Guid.NewGuid().ToString("n")[..12]);
        Directory.CreateDirectory(dir);
        var runAs = asRoot ? "postgres" : "";
        if (asRoot)
        {
            var (code, output) = await RunAsync("chown", ["postgres:postgres", dir], TimeSpan.FromSeconds(30));
            if (code != 0) return (null, $"cannot give {dir} to the postgres user (is there one?): {output}");
        }
        var data = Path.Combine(dir, "data");
        var log = Path.Combine(dir, "server.log");
        var init = await RunAsAsync(runAs, Path.Combine(bin, "initdb"),
            ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"], TimeSpan.FromMinutes(2));
        if (init.Code != 0) Fail(dir, $"initdb failed (exit {init.Code}):\n{init.Output}");
        string? lastError = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var options = $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            var start = await RunAsAsync(runAs, Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"], TimeSpan.FromSeconds(90));
            if (start.Code == 0)
            {
                var cluster = new PostgresCluster(bin, runAs, dir, port);
                cluster.Watch();
                return (cluster, null);
            }
            lastError = $"pg_ctl start failed (exit {start.Code}) on port {port}:\n{start.Output}\n--- {log} ---\n{Tail(log)}";
            await RunAsAsync(runAs, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(30));
        }
        Fail(dir, lastError!);
        return default;
    }

    // Stops the cluster when this process exits, normally (ProcessExit) or not (a shell watchdog polling the pid).
    private void Watch()
    {
        var stop = $"{Prefix()}{Path.Combine(_binDir, "pg_ctl")} -D {Path.Combine(_root, "data")} -m immediate -w stop >/dev/null 2>&1; rm -rf {_root}";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop}";
        using var watchdog = Process.Start(new ProcessStartInfo("setsid", ["bash", "-c", $"({script}) </dev/null >/dev/null 2>&1 &"])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        });
        watchdog?.WaitForExit(10_000);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var p = Process.Start(new ProcessStartInfo("bash", ["-c", stop]) { UseShellExecute = false, RedirectStandardOutput = true });
            p?.WaitForExit(20_000);
        };
    }

    private string Prefix() => _runAs.Length > 0 ? $"runuser -u {_runAs} -- " : "";

    private static void Fail(string dir, string message)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        throw new InvalidOperationException("the test PostgreSQL cluster did not start: " + message);
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

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } env) candidates.Add(env);
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin")));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task<(int Code, string Output)> RunAsAsync(string user, string file, IEnumerable<string> args, TimeSpan timeout) =>
        user.Length == 0 ? RunAsync(file, args, timeout) : RunAsync("runuser", ["-u", user, "--", file, .. args], timeout);

    private static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file, args)
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = "/tmp",
        };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out after {timeout.TotalSeconds:0} s");
        }
        return (p.ExitCode, (await stdout + await stderr).Trim());
    }
}
