using System.Diagnostics;

namespace Traceability.Tests;

/// <summary>
/// A small tmpfs mounted for one test (a real size-limited, and on demand read-only, file system), unmounted on dispose.
/// Needs root and mount(8); without them the test is skipped with the reason, except under CI=true, where it fails.
/// </summary>
public sealed class Tmpfs : IAsyncDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public static async Task<Tmpfs> MountAsync(string size, string? owner = null)
    {
        var path = System.IO.Path.Combine("/tmp", "traceability-tmpfs-" + Guid.NewGuid().ToString("n")[..12]);
        Directory.CreateDirectory(path);
        var (code, output) = await RunAsync("mount", "-t", "tmpfs", "-o", $"size={size},mode=0777", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            var reason = $"cannot mount a tmpfs (root and mount(8) are needed): {output}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail("CI=true: " + reason);
            Assert.Skip(reason);
        }
        if (owner is not null) await RunAsync("chown", $"{owner}:{owner}", path);
        return new Tmpfs(path);
    }

    /// <summary>Remounts with new options, e.g. <c>ro</c>, <c>rw,size=64m</c>.</summary>
    public async Task RemountAsync(string options)
    {
        var (code, output) = await RunAsync("mount", "-o", "remount," + options, Path);
        Assert.True(code == 0, $"remount {options}: {output}");
    }

    /// <summary>Makes one file read-only in place (a read-only bind mount over it); its folder stays writable.</summary>
    public static async Task<IAsyncDisposable> ReadOnlyFileAsync(string file)
    {
        var (code, output) = await RunAsync("mount", "--bind", file, file);
        if (code == 0) (code, output) = await RunAsync("mount", "-o", "remount,ro,bind", file);
        Assert.True(code == 0, $"read-only bind mount of {file}: {output}");
        return new Unmount(file);
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await new Unmount(Path).DisposeAsync();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }

    private sealed class Unmount(string path) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            for (var i = 0; i < 20; i++)
            {
                if ((await RunAsync("umount", path)).Code == 0) return;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                await Task.Delay(250);
            }
            // Still busy: detach it now, the kernel frees it when the last file closes.
            await RunAsync("umount", "--lazy", path);
        }
    }

    internal static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await p.StandardOutput.ReadToEndAsync() + await p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            return (p.ExitCode, output.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
