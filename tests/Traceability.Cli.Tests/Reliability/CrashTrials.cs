using System.Globalization;
using System.Text;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Reliability;

/// <summary>
/// kill -9 during imports (issue 10, item 1). For each path (a first large import into an empty store, which SQLite takes in
/// bulk; an update into a loaded store, which upserts), one clean run of the built CLI in a child process measures the
/// phases and gives the after-state; then each trial copies the before-state, starts the import, waits a random time and
/// sends SIGKILL. Half the trials aim anywhere in the process's life, half inside the storing phase (after the
/// "storing ..." progress line). Just before the kill a probe asks the store whether a write transaction is open. After
/// the kill: <c>traceability check</c> passes and the digest is the before- or the after-state; rerunning the import
/// succeeds and yields the after-state. Where the store is a server (PostgreSQL), further trials kill the server process
/// serving the import instead of the importer, which sends the whole server through crash recovery.
/// </summary>
internal static class CrashTrials
{
    internal sealed record Trial(string Path, int Index, string Aim, double KillAt, string Phase, bool WriterActive, string Outcome, bool Server);

    private sealed record Calibration(string Path, double Storing, double Stored, double Exit, long Nodes, long Relationships);

    /// <summary>Kills of the importer per path: 2 in CI, 10 in the full run (20 per store).</summary>
    /// <summary>Trials a store gets: kills of the importer per path, and of the server where it has one.</summary>
    public static int Expected(ICrashTarget target) => 2 * (PerPath + (target.HasServer ? ServerKillsPerPath : 0));

    public static int PerPath => ReliabilityRun.Full ? 10 : 2;

    /// <summary>Kills of the database server's process serving the importer, per path, where there is a server: 1 in CI, 3 in the full run.</summary>
    public static int ServerKillsPerPath => ReliabilityRun.Full ? 3 : 1;

    /// <summary>Runs the trials (each asserts its own recovery) and returns them.</summary>
    public static async Task<IReadOnlyList<Trial>> RunAsync(ICrashTarget target)
    {
        var name = $"crash-{target.Name.ToLowerInvariant()}";
        var random = ReliabilityRun.Random(name);
        var (baseNet, update) = (await Networks.BaseAsync(), await Networks.UpdateAsync());
        var empty = await target.TemplateAsync("empty", null);
        var loaded = await target.TemplateAsync("base", baseNet);
        var trials = new List<Trial>();
        var calibrations = new List<Calibration>();
        foreach (var (path, template, network) in new[] { ("empty store (bulk path on SQLite)", empty, baseNet), ("loaded store (upsert path)", loaded, update) })
        {
            var before = (await Networks.CheckAsync(template)).Digest;
            var (calibration, after) = await CalibrateAsync(target, path, template, network);
            calibrations.Add(calibration);
            for (var i = 0; i < PerPath; i++)
                trials.Add(await TrialAsync(target, random, path, i, template, network, calibration, before, after, server: false));
            for (var i = 0; target.HasServer && i < ServerKillsPerPath; i++)
                trials.Add(await TrialAsync(target, random, path, PerPath + i, template, network, calibration, before, after, server: true));
        }
        await target.DropAsync(empty);
        await target.DropAsync(loaded);
        Record(name, target.Name, calibrations, trials);
        // The trials prove something only if some kills hit an open transaction.
        Assert.True(trials.Count(t => t.WriterActive) >= Math.Max(1, trials.Count / 4),
            $"too few kills landed inside the import's transaction: {trials.Count(t => t.WriterActive)} of {trials.Count}");
        return trials;
    }

    private static async Task<(Calibration, string After)> CalibrateAsync(ICrashTarget target, string path, string template, string network)
    {
        var db = await target.CopyAsync(template);
        using var p = CliProcess.Start("import", network, "--db", db, "--as-of", Networks.AsOf);
        var exit = await p.WaitForExitAsync(TimeSpan.FromMinutes(10));
        Assert.True(exit == 0, p.Stderr);
        var total = p.Elapsed;
        var (intact, after, text) = await Networks.CheckAsync(db);
        Assert.True(intact, text);
        var counts = await CountsAsync(db);
        await target.DropAsync(db);
        return (new Calibration(path, p.Seen("storing")!.Value, p.Seen("stored in")!.Value, total, counts.Nodes, counts.Relationships), after);
    }

    private static async Task<Trial> TrialAsync(ICrashTarget target, Random random, string path, int index, string template, string network,
        Calibration c, string before, string after, bool server)
    {
        var db = await target.CopyAsync(template);
        var aim = server || index % 2 == 0 ? "storing phase" : "anywhere";
        using var p = CliProcess.Start("import", network, "--db", db, "--as-of", Networks.AsOf);
        double killAt;
        if (aim == "storing phase")
        {
            Assert.True(await p.WaitForAsync("storing", TimeSpan.FromMinutes(5)), p.Stderr);
            killAt = p.Seen("storing")!.Value + (0.05 + 0.9 * random.NextDouble()) * (c.Stored - c.Storing);
        }
        else killAt = random.NextDouble() * c.Exit * 1.05;
        var wait = killAt - p.Elapsed;
        if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait));
        var active = !p.HasExited && await target.WriterActiveAsync(db);
        var phase = p.HasExited ? "exited" : p.Seen("stored in") is not null ? "after commit" : p.Seen("storing") is not null ? "storing" : "reading files";
        // A server kill falls back to killing the importer when it has no session yet.
        server = server && await target.KillServerAsync(db);
        if (!server) p.KillHard();
        var exit = await p.WaitForExitAsync(TimeSpan.FromMinutes(2));
        await target.SettleAsync(db);
        // An importer that outlived its server says so plainly (or finished first).
        if (server && exit != 0)
        {
            Assert.True(exit == 1 && p.Stderr.Contains("error: the connection to postgres://", StringComparison.Ordinal) && !p.Stderr.Contains("   at ", StringComparison.Ordinal),
                $"the importer did not report the lost server clearly (exit {exit}):\n{p.Stderr}");
        }

        var where = $"{target.Name}, {path}, trial {index}, {(server ? "server backend" : "importer")} killed at {p.Elapsed:F3} s ({phase}, writer active: {active}); stderr:\n{p.Stderr}";
        var (intact, digest, text) = await Networks.CheckAsync(db);
        Assert.True(intact, $"{where}\ncheck: {text}");
        var outcome = digest == before ? "before" : digest == after ? "after" : null;
        Assert.True(outcome is not null, $"{where}\nthe graph is neither the before- nor the after-state (digest {digest})");
        var rerun = await Cli.RunAsync("import", network, "--db", db, "--as-of", Networks.AsOf);
        Assert.True(rerun.Exit == 0, $"{where}\nrerun: {rerun.Err}");
        var (intactAfter, digestAfter, textAfter) = await Networks.CheckAsync(db);
        Assert.True(intactAfter && digestAfter == after, $"{where}\nafter the rerun: {textAfter}");
        await target.DropAsync(db);
        var trial = new Trial(path, index, aim, killAt, phase, active, outcome!, server);
        ReliabilityRun.Log($"{target.Name} {path} #{index}: {(server ? "server backend" : "importer")} killed, aim {aim}, at {killAt:F3} s, {phase}, writer active {active}, state {outcome}");
        return trial;
    }

    private static async Task<(long Nodes, long Relationships)> CountsAsync(string db)
    {
        var r = await Cli.RunAsync("stats", "--db", db, "--json");
        using var doc = System.Text.Json.JsonDocument.Parse(r.Out);
        long Sum(string p) => doc.RootElement.GetProperty(p).EnumerateObject().Sum(x => x.Value.GetInt64());
        return (Sum("nodes"), Sum("relationships"));
    }

    private static void Record(string name, string store, List<Calibration> calibrations, List<Trial> trials)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{store}: {trials.Count} kills ({trials.Count(t => t.Server)} of the server process serving the import), {trials.Count(t => t.WriterActive)} with the import's write transaction open at the kill.");
        sb.AppendLine();
        sb.AppendLine("| path | graph after the import | reading s | storing s | process s | kills | of the server | reading files | storing | after commit | exited | transaction open | before-state | after-state | check passed | rerun ok |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var c in calibrations)
        {
            var t = trials.Where(x => x.Path == c.Path).ToList();
            int N(Func<Trial, bool> f) => t.Count(f);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {c.Path} | {c.Nodes:N0} nodes, {c.Relationships:N0} rels | {c.Storing:F2} | {c.Stored - c.Storing:F2} | {c.Exit:F2} | {t.Count} | {N(x => x.Server)} | {N(x => x.Phase == "reading files")} | {N(x => x.Phase == "storing")} | {N(x => x.Phase == "after commit")} | {N(x => x.Phase == "exited")} | {N(x => x.WriterActive)} | {N(x => x.Outcome == "before")} | {N(x => x.Outcome == "after")} | {t.Count} | {t.Count} |");
        }
        sb.AppendLine();
        sb.AppendLine("Kill moments (s after start): " + string.Join(", ", trials.Select(t => $"{t.KillAt:F2}{(t.WriterActive ? "*" : "")}{(t.Server ? "s" : "")}")) + " (* transaction open, s server backend killed)");
        ReliabilityRun.Record(name, sb.ToString());
    }
}
