using System.Text.Json;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Reliability;

/// <summary>
/// Generated supply networks for the reliability tests, made once per test process: a base network and an update of the
/// same size with another seed (same ids, other properties and links), so that importing the update into the base takes
/// the upsert path and importing the base into an empty store takes SQLite's bulk path.
/// </summary>
internal static class Networks
{
    public const string AsOf = "2026-01-01";

    private static readonly TempDirectory Dir = Cleaned(new TempDirectory());
    private static readonly Dictionary<(int, int), Task<string>> Made = [];

    /// <summary>Products per network: 1,000 in CI (8k nodes, 19k relationships), 5,000 in the full run (40k, 95k).</summary>
    public static int Products => ReliabilityRun.Full ? 5_000 : 1_000;

    public static Task<string> BaseAsync() => GetAsync(Products, 42);

    public static Task<string> UpdateAsync() => GetAsync(Products, 7);

    private static TempDirectory Cleaned(TempDirectory dir)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => dir.Dispose();
        return dir;
    }

    public static Task<string> GetAsync(int products, int seed)
    {
        lock (Made)
        {
            if (!Made.TryGetValue((products, seed), out var task)) Made[(products, seed)] = task = GenerateAsync(products, seed);
            return task;
        }
    }

    private static async Task<string> GenerateAsync(int products, int seed)
    {
        var folder = Dir.File($"net-{products}-{seed}");
        var r = await Cli.RunAsync("generate", "--products", products.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder);
        Assert.True(r.Exit == 0, r.Err);
        return folder;
    }

    /// <summary>Runs <c>traceability check --json</c> on a store: whether it is intact, its digest, and the text for a failure message.</summary>
    public static async Task<(bool Intact, string Digest, string Text)> CheckAsync(string db)
    {
        var r = await Cli.RunAsync("check", "--db", db, "--json");
        if (r.Out.Length == 0) return (false, "", $"check exit {r.Exit}: {r.Err}");
        using var doc = JsonDocument.Parse(r.Out);
        var intact = doc.RootElement.GetProperty("intact").GetBoolean();
        Assert.Equal(intact ? 0 : 1, r.Exit);
        return (intact, doc.RootElement.GetProperty("digest").GetString()!, r.Out);
    }
}
