using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Traceability.Storage;
using Traceability.Storage.Backups;

namespace Traceability.Cli.Commands;

internal static class BackupCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Backup file to write (SQLite: a database file; PostgreSQL: a pg_dump custom-format archive)" };
        var force = new Option<bool>("--force") { Description = "Replace the file when it exists" };
        var json = GlobalOptions.Json();
        var command = new Command("backup",
            "Back up the store while it is in use: SQLite through its online backup API (checked, graph digest recorded inside), PostgreSQL through pg_dump")
        {
            file, force, json,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var options = ctx.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var path = ctx.Parse.GetValue(file)!;
            ctx.Progress($"backing up to {path} ...");
            var report = await StoreBackups.BackupAsync(options, ctx.Schema, ctx.Time, path, ctx.Parse.GetValue(force), ct);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, report);
            else
            {
                ctx.Out.WriteLine($"Backed up {report.Store} to {report.File} ({report.Bytes:N0} bytes, {report.Method}, {report.Seconds:F1} s)");
                if (report.Counts is { } c) ctx.Out.WriteLine($"  {c.Nodes:N0} nodes, {c.Relationships:N0} relationships, graph version {c.GraphVersion}");
                if (report.Digest is { } d) ctx.Out.WriteLine($"  graph digest {d}");
                if (report.Integrity is { Intact: false } bad)
                    foreach (var check in bad.Checks.Where(x => !x.Passed)) ctx.Out.WriteLine($"  FAIL {check.Name}: {check.Detail}");
            }
            if (report.Integrity is { Intact: false })
            {
                ctx.Err.WriteLine("error: the store failed its integrity check; the backup holds the damage too (kept, but do not rely on it)");
                return CliAction.Failure;
            }
            return CliAction.Ok;
        });
        return command;
    }
}
