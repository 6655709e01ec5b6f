using Traceability.Tests;

namespace Traceability.Cli.Tests;

/// <summary>Runs the traceability command in process and captures its output.</summary>
internal static class Cli
{
    public sealed record Result(int Exit, string Out, string Err);

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await TraceabilityCli.RunAsync(args, stdout, stderr);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A temp folder with a database that holds the demo network.</summary>
    public static async Task<(TempDirectory Dir, string Db)> DemoAsync()
    {
        var dir = new TempDirectory();
        var db = dir.File("demo.db");
        var r = await RunAsync("import", RepoPaths.SeedGraph, "--db", db);
        Assert.True(r.Exit == 0, r.Err);
        return (dir, db);
    }
}
