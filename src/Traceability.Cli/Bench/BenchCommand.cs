using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Core.Reference;

namespace Traceability.Cli.Bench;

internal static class BenchCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size") { Description = $"10k, 100k or 1m nodes (about {BenchData.RelationshipsPerNode:0} relationships per node)", DefaultValueFactory = _ => "10k" };
        size.AcceptOnlyFromAmong("10k", "100k", "1m");
        var quick = new Option<bool>("--quick") { Description = "Fewer repetitions and samples: finishes within a minute on 10k" };
        var json = GlobalOptions.Json();
        var workdir = new Option<string>("--workdir") { Description = "Where generated networks and databases are kept between runs",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "traceability-bench") };
        var only = new Option<string[]>("--only") { Description = "Run only these workloads: kernel, load, trace, e2e, small, exposure, ownership, screening, import, http, pgimport, pgtrace", AllowMultipleArgumentsPerToken = true };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL server for pgimport and pgtrace (a connection string whose user may create databases); default: a throwaway local cluster when PostgreSQL is installed" };
        var command = new Command("bench", "Measure the workloads side by side with their alternatives (interleaved runs, medians) and print a table")
        {
            size, quick, json, workdir, only, postgres,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var s = ctx.Parse.GetValue(size)!;
            var q = ctx.Parse.GetValue(quick);
            var dir = ctx.Parse.GetValue(workdir)!;
            var wanted = ctx.Parse.GetValue(only) is { Length: > 0 } o ? new HashSet<string>(o) : null;
            if (wanted?.Except(Workloads).ToList() is { Count: > 0 } unknown)
                throw new UsageException($"--only: unknown workload {string.Join(", ", unknown.Select(u => $"'{u}'"))} (use {string.Join(", ", Workloads)})");
            bool Want(string w) => wanted is null || wanted.Contains(w);
            var runs = q ? 3 : 5;
            Measure.WarmUpMs = q ? 300 : 3000;
            Measure.WarmUpCalls = q ? 5 : 50;
            Measure.WarmUpCapMs = q ? 1000 : 10_000;
            Directory.CreateDirectory(dir);
            var lists = await ctx.Services.GetRequiredService<IReferenceListSource>().GetAsync(ct);
            var results = new List<BenchResult>();
            await using var data = await BenchData.PrepareAsync(s, dir, lists, ctx.Err, ct);
            void Add(string name, Func<IEnumerable<BenchResult>> run)
            {
                if (!Want(name)) return;
                ctx.Err.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {name} ...");
                foreach (var r in run()) { results.Add(r); ctx.Err.WriteLine("  " + Line(r)); }
            }
            Add("kernel", () => KernelWorkload.Run(data, runs, ct));
            if (Want("load")) { ctx.Err.WriteLine("load ..."); foreach (var r in await LoadingWorkload.RunAsync(data, runs, ct)) { results.Add(r); ctx.Err.WriteLine("  " + Line(r)); } }
            Add("trace", () => TraceWorkload.Run(data, runs, q ? 10 : 30, ct));
            Add("e2e", () => EndToEndWorkload.Run(data, runs, q ? 20 : 50, ct));
            if (Want("small") && s != "10k")
            {
                await using var small = await BenchData.PrepareAsync("10k", dir, lists, ctx.Err, ct);
                Add("small", () => SmallConeWorkload.Run(small, data, runs, ct));
            }
            Add("exposure", () => ExposureWorkload.Run(data, runs, ct));
            Add("ownership", () => OwnershipWorkload.Run(data, runs, ct));
            Add("screening", () => ScreeningWorkload.Run(20_000, q ? 10_000 : 100_000, q ? 100 : 300, ct));
            Add("import", () => ImportWorkload.Run(data, dir, q ? 1 : s == "1m" ? 1 : runs, ct));
            if (Want("pgimport") || Want("pgtrace"))
            {
                ctx.Err.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] postgres ...");
                var importRuns = q ? 1 : s == "1m" ? 1 : runs;
                foreach (var r in await PostgresWorkload.RunAsync(data, ctx.Parse.GetValue(postgres), dir, importRuns, runs, q ? 10 : 30,
                    Want("pgimport"), Want("pgtrace"), ctx.Err, ct))
                {
                    results.Add(r);
                    ctx.Err.WriteLine("  " + Line(r));
                }
            }
            if (Want("http")) { ctx.Err.WriteLine("http ..."); foreach (var r in await HttpWorkload.RunAsync(data, q ? 2 : 10, ct)) { results.Add(r); ctx.Err.WriteLine("  " + Line(r)); } }
            var machine = Machine();
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, new { machine, date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), size = s, quick = q, results = results.Select(Json) });
            else ctx.Out.Write(Table(results, machine, s));
            return CliAction.Ok;
        });
        return command;
    }

    /// <summary>The workloads --only accepts, in the order they run.</summary>
    internal static readonly string[] Workloads = ["kernel", "load", "trace", "e2e", "small", "exposure", "ownership", "screening", "import", "pgimport", "pgtrace", "http"];

    internal static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        var mem = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':')[1].Trim() : "?";
        return $"{cpu ?? "unknown CPU"}, {Environment.ProcessorCount} cores, {mem} RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }

    // JSON has no NaN: a figure a line does not have (no alternative, no ratio, not measured) is written as null.
    private static object Json(BenchResult r) => new
    {
        r.Workload, r.Size, r.Ours, OursValue = Finite(r.OursValue), r.Alternative, AlternativeValue = Finite(r.AlternativeValue),
        r.Unit, Ratio = Finite(r.Ratio), r.Bar, r.Pass, r.Note,
    };

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;

    private static string Line(BenchResult r) =>
        $"{r.Workload} [{r.Size}]: {F(r.OursValue)} {r.Unit} vs {F(r.AlternativeValue)} -> {(double.IsNaN(r.Ratio) ? "" : $"{r.Ratio:F1}x ")}{(r.Pass is null ? "" : r.Pass.Value ? "PASS" : "MISS")} ({r.Bar}) {r.Note}";

    private static string F(double x) => double.IsNaN(x) ? "-" : x >= 1000 ? x.ToString("N0", CultureInfo.InvariantCulture) : x.ToString("G4", CultureInfo.InvariantCulture);

    internal static string Table(IReadOnlyList<BenchResult> results, string machine, string size)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Traceability bench, size {size}, {DateTime.UtcNow:yyyy-MM-dd}; {machine}");
        sb.AppendLine();
        sb.AppendLine("| workload | data | ours | alternative | unit | ratio | bar | met | note |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.Workload} | {r.Size} | {r.Ours}: {F(r.OursValue)} | {r.Alternative}{(r.Alternative.Length > 0 ? ": " : "")}{F(r.AlternativeValue)} | {r.Unit} | {(double.IsNaN(r.Ratio) ? "" : r.Ratio.ToString("F1", CultureInfo.InvariantCulture) + "x")} | {r.Bar} | {(r.Pass is null ? "" : r.Pass.Value ? "yes" : "**no**")} | {r.Note} |");
        return sb.ToString();
    }
}
