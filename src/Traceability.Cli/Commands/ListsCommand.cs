using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api.Contracts;
using Traceability.Core.Screening;
using Traceability.Storage.Lists;

namespace Traceability.Cli.Commands;

internal static class ListsCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json();
        var command = new Command("lists", "Sanctions, watch and reference lists: imported versions, and imports") { json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var versions = (await ctx.Services.GetRequiredService<IListStore>().ListVersionsAsync(ct)).Select(ListVersionContract.Map).ToList();
            if (ctx.Parse.GetValue(json)) { CliJson.Write(ctx.Out, versions); return CliAction.Ok; }
            if (versions.Count == 0) ctx.Out.WriteLine("no lists imported (the DOL and host-country lists shipped in seed-data/lists are used)");
            foreach (var v in versions)
                ctx.Out.WriteLine($"#{v.Id} {v.List,-14} {v.Format,-18} {v.Entries,7} entries  published {v.PublicationDate ?? "-"}  imported {v.ImportedAt:yyyy-MM-dd HH:mm}Z by {v.Actor}  sha256 {v.Sha256[..16]}");
            return CliAction.Ok;
        });
        var files = new Argument<string[]>("files") { Description = "List files (ofac-csv: a folder or sdn.csv with add.csv, alt.csv, sdn_comments.csv)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = string.Join("|", ListImporter.Formats), Required = true };
        format.AcceptOnlyFromAmong([.. ListImporter.Formats]);
        var importJson = GlobalOptions.Json();
        var import = new Command("import", "Import a list version (re-importing the same file changes nothing) and re-screen the graph") { files, format, importJson };
        CliAction.Set(import, async (ctx, ct) =>
        {
            var paths = ctx.Parse.GetValue(files)!;
            var f = ctx.Parse.GetValue(format)!;
            var (version, added, changes) = await ctx.Services.GetRequiredService<ListImporter>().ImportAsync(f, paths, Environment.UserName,
                CliContext.Audit("importLists", $"format={f} {string.Join(" ", paths.Select(Path.GetFileName))}"), ct);
            var response = ListImportResponse.Map(version, added, changes);
            if (ctx.Parse.GetValue(importJson)) { CliJson.Write(ctx.Out, response); return CliAction.Ok; }
            ctx.Out.WriteLine(added
                ? $"Imported {version.List} version #{version.Id}: {version.Entries} entries (sha256 {version.Sha256[..16]})"
                : $"{version.List}: this file was imported before as version #{version.Id}; nothing changed");
            if (changes is not null)
            {
                ctx.Out.WriteLine($"Screening the graph: {changes.BecameMatched.Count} became matched, {changes.StoppedMatching.Count} stopped matching, {changes.Unchanged} unchanged");
                foreach (var m in response.BecameMatched) MatchesCommand.Print(ctx.Out, m);
                foreach (var m in response.StoppedMatching) MatchesCommand.Print(ctx.Out, m);
            }
            return CliAction.Ok;
        });
        command.Subcommands.Add(import);
        return command;
    }
}
