using System.Diagnostics;

namespace Traceability.Cli.Tests.Reliability;

/// <summary>
/// The built <c>traceability</c> command as a child process (<c>dotnet traceability.dll ...</c>), with its stderr lines
/// timestamped as they arrive, so that a test can wait for a phase of the work and kill the process with SIGKILL.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(double Seconds, string Line)> _lines = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private CliProcess(Process process) => _process = process;

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "traceability.dll");

    public static CliProcess Start(params string[] args)
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet", [Dll, .. args])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        var process = new Process { StartInfo = psi };
        var cli = new CliProcess(process);
        process.ErrorDataReceived += (_, e) => cli.Add(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.StandardInput.Close();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return cli;
    }

    /// <summary>Seconds since the process was started.</summary>
    public double Elapsed => _clock.Elapsed.TotalSeconds;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>When the first stderr line containing <paramref name="text"/> arrived (seconds since start), or null.</summary>
    public double? Seen(string text)
    {
        lock (_lines) return _lines.Where(l => l.Line.Contains(text, StringComparison.Ordinal)).Select(l => (double?)l.Seconds).FirstOrDefault();
    }

    public string Stderr
    {
        get { lock (_lines) return string.Join('\n', _lines.Select(l => $"[{l.Seconds:F3}] {l.Line}")); }
    }

    /// <summary>Waits until a stderr line contains <paramref name="text"/>; false when the process ended or the time ran out first.</summary>
    public async Task<bool> WaitForAsync(string text, TimeSpan timeout)
    {
        var end = Stopwatch.StartNew();
        while (Seen(text) is null)
        {
            if (_process.HasExited || end.Elapsed > timeout) return Seen(text) is not null;
            await _arrived.WaitAsync(TimeSpan.FromMilliseconds(20));
        }
        return true;
    }

    /// <summary>SIGKILL to the process and its children: no handler runs, nothing is flushed.</summary>
    public void KillHard()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (_lines) _lines.Add((_clock.Elapsed.TotalSeconds, line));
        _arrived.Release();
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
        _arrived.Dispose();
    }
}
