using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Traceability.Storage;
using Traceability.Storage.Backups;

namespace Traceability.Cli.Commands;

internal static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Backup file written by 'traceability backup'" };
        var force = new Option<bool>("--force") { Description = "Replace a store that holds data" };
        var json = GlobalOptions.Json();
        var command = new Command("restore",
            "Restore a backup into the store (--db): the backup is checked before the store is touched, then restored in one " +
            "transaction, checked and its graph digest printed. Refuses a store that holds data unless --force. Stop API servers on the store first")
        {
            file, force, json,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var options = ctx.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var path = ctx.Parse.GetValue(file)!;
            ctx.Progress($"checking and restoring {path} ...");
            var report = await StoreBackups.RestoreAsync(options, ctx.Schema, ctx.Time, path, ctx.Parse.GetValue(force), ct);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, report);
            else
            {
                ctx.Out.WriteLine($"Restored {report.File} into {report.Store}{(report.Replaced ? " (replacing what it held)" : "")} in {report.Seconds:F1} s");
                CheckCommand.Print(ctx.Out, report.Integrity, report.Digest, report.Counts);
            }
            return report.Integrity.Intact ? CliAction.Ok : CliAction.Failure;
        });
        return command;
    }
}
