using System.CommandLine;
using Traceability.Core.Storage;

namespace Traceability.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json();
        var command = new Command("check",
            "Check the store: database consistency (SQLite integrity_check and foreign keys), no dangling or disallowed relationships, " +
            "every row from a recorded import, graph version, audit trail; print the graph digest. Exit 1 when a check fails")
        {
            json,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var store = await ctx.StoreAsync(ct);
            ctx.Progress($"checking {store.Location} ...");
            var report = await store.CheckIntegrityAsync(ct);
            var digest = await GraphDigest.ComputeAsync(store, withProvenance: true, ct);
            var counts = await store.CountAsync(ct);
            if (ctx.Parse.GetValue(json))
                CliJson.Write(ctx.Out, new { report.Store, report.Intact, report.Checks, digest, counts.GraphVersion, counts.Nodes, counts.Relationships });
            else Print(ctx.Out, report, digest, counts);
            return report.Intact ? CliAction.Ok : CliAction.Failure;
        });
        return command;
    }

    public static void Print(TextWriter o, IntegrityReport report, string digest, GraphCounts counts)
    {
        o.WriteLine($"{report.Store}: {(report.Intact ? "intact" : "DAMAGED")}");
        foreach (var c in report.Checks) o.WriteLine($"  {(c.Passed ? "ok  " : "FAIL")} {c.Name}: {c.Detail}");
        o.WriteLine($"graph digest {digest} ({counts.Nodes:N0} nodes, {counts.Relationships:N0} relationships, graph version {counts.GraphVersion})");
    }
}
