using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Reliability;

/// <summary>
/// Backups taken while a writer imports in a loop (issue 10, item 9). The writer imports three networks in turn (same ids,
/// other properties and links, so every import changes the graph) and records the digest of every state it commits. Each
/// backup is taken by the built CLI in a child process at a random moment; each is then restored into an empty store, must
/// pass the check, and its digest must be one of the committed states.
/// </summary>
internal static class BackupTrials
{
    /// <summary>Backups per store: 2 in CI, 10 in the full run.</summary>
    public static int Backups => ReliabilityRun.Full ? 10 : 2;

    private sealed record Taken(int Index, string File, double Seconds, bool DuringImport, int ImportsBefore);

    public static async Task RunAsync(string store, string db, Func<Task<string>> emptyTarget, TempDirectory dir)
    {
        var name = $"backup-{store.ToLowerInvariant()}";
        var random = ReliabilityRun.Random(name);
        var products = ReliabilityRun.Full ? 5_000 : 1_000;
        string[] networks = [await Networks.GetAsync(products, 1), await Networks.GetAsync(products, 2), await Networks.GetAsync(products, 3)];
        var importer = new GraphImporter(GraphSchema.Default, TimeProvider.System);
        var batches = networks.Select(n => importer.Read([n], "neo4j-csv")).ToArray();
        await using var writerStore = await GraphStores.OpenAsync(StorageOptions.FromDb(db), GraphSchema.Default, TimeProvider.System, CancellationToken.None);
        await importer.ImportAsync(writerStore, [RepoPaths.SeedGraph], "neo4j-csv", "test", new DateOnly(2026, 1, 1), CancellationToken.None);

        var committed = new ConcurrentDictionary<string, int>();
        committed[await GraphDigest.ComputeAsync(writerStore, withProvenance: true, CancellationToken.None)] = 0;
        var imports = 0;
        var importing = 0;
        var lastImport = 1.0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                Volatile.Write(ref importing, 1);
                var started = Stopwatch.StartNew();
                await writerStore.ImportAsync(batches[i % batches.Length], new ImportOptions(new DateOnly(2026, 1, 1), "writer", "neo4j-csv",
                    new Core.Audit.AuditEvent("writer", "test", "importGraph", $"round {i}", "test", "ok")), CancellationToken.None);
                Volatile.Write(ref importing, 0);
                Volatile.Write(ref lastImport, started.Elapsed.TotalSeconds);
                var round = Interlocked.Increment(ref imports);
                committed[await GraphDigest.ComputeAsync(writerStore, withProvenance: true, CancellationToken.None)] = round;
            }
        });

        var taken = new List<Taken>();
        var clock = Stopwatch.StartNew();
        for (var b = 0; b < Backups; b++)
        {
            // Spread over the writer's imports: up to one and a half import durations between backups.
            await Task.Delay(TimeSpan.FromSeconds(0.2 + random.NextDouble() * 1.5 * Volatile.Read(ref lastImport)));
            var file = dir.File($"backup-{b}.{(store == "SQLite" ? "db" : "dump")}");
            var during = Volatile.Read(ref importing) == 1;
            var before = Volatile.Read(ref imports);
            var started = clock.Elapsed.TotalSeconds;
            using var p = CliProcess.Start("backup", file, "--db", db);
            var exit = await p.WaitForExitAsync(TimeSpan.FromMinutes(10));
            Assert.True(exit == 0, $"backup {b}: {p.Stderr}");
            during |= Volatile.Read(ref importing) == 1 || Volatile.Read(ref imports) != before;
            taken.Add(new Taken(b, file, clock.Elapsed.TotalSeconds - started, during, before));
        }
        await stop.CancelAsync();
        await writer;
        Assert.True(imports >= 2, $"the writer committed only {imports} imports while the backups ran");

        var lines = new List<string>();
        foreach (var t in taken)
        {
            var target = await emptyTarget();
            var r = await Cli.RunAsync("restore", t.File, "--db", target);
            Assert.True(r.Exit == 0, $"restore of backup {t.Index}: {r.Err}\n{r.Out}");
            var (intact, digest, text) = await Networks.CheckAsync(target);
            Assert.True(intact, text);
            Assert.True(committed.TryGetValue(digest, out var state), $"backup {t.Index} restored a graph the writer never committed (digest {digest})");
            Assert.Contains($"graph digest {digest}", r.Out);
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {t.Index} | {t.Seconds:F2} | {new FileInfo(t.File).Length:N0} | {(t.DuringImport ? "yes" : "no")} | {t.ImportsBefore} | {(state == 0 ? "initial state (demo network)" : $"state after import {state}")} | passed |"));
        }
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"{store}: {taken.Count} backups while a writer committed {imports} imports of {batches[0].Nodes.Count:N0} nodes and {batches[0].Edges.Count:N0} relationships each ({taken.Count(t => t.DuringImport)} backups overlapped an import); every restore passed the check and matched a committed state.");
        sb.AppendLine();
        sb.AppendLine("| backup | seconds | bytes | overlapped an import | imports committed before it | restored digest equals | check |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var l in lines) sb.AppendLine(l);
        ReliabilityRun.Record(name, sb.ToString());
    }
}
