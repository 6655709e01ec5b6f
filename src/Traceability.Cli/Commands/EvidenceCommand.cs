using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api.Contracts;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Storage.Evidence;

namespace Traceability.Cli.Commands;

internal static class EvidenceCommand
{
    public static Command Create()
    {
        var command = new Command("evidence", "Due-diligence evidence of the 13 DHS FAQ kinds, attached to worksites, workforces, companies and products");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Kinds());
        return command;
    }

    private static Command Add()
    {
        var node = new Option<string>("--node") { Description = "Worksite, transporter, workforce, company or product id", Required = true };
        var kind = new Option<string>("--kind") { Description = "Evidence kind id (see `traceability evidence kinds`)", Required = true };
        var title = new Option<string>("--title") { Description = "What the document is", Required = true };
        var date = new Option<string?>("--date") { Description = "Date of the document, yyyy-MM-dd" };
        var issuer = new Option<string?>("--issuer") { Description = "Who issued it" };
        var file = new Option<string?>("--file") { Description = "The document (its SHA-256 is recorded)" };
        var url = new Option<string?>("--url") { Description = "Where it is published" };
        var json = GlobalOptions.Json();
        var command = new Command("add", "Record one evidence item") { node, kind, title, date, issuer, file, url, json };
        command.Validators.Add(r =>
        {
            if (r.GetValue(file) is not null && r.GetValue(url) is not null) r.AddError("give --file or --url, not both");
        });
        CliAction.Set(command, async (ctx, ct) =>
        {
            var risk = await ctx.RiskAsync(ct);
            var input = new EvidenceInput(ctx.Parse.GetValue(node), ctx.Parse.GetValue(kind), ctx.Parse.GetValue(title), ctx.Parse.GetValue(date),
                ctx.Parse.GetValue(issuer), ctx.Parse.GetValue(file), ctx.Parse.GetValue(url));
            var problems = new List<(string Field, string Message)>();
            var draft = EvidenceIntake.Check(risk.Graph, input, new EvidenceFiles(Environment.CurrentDirectory), CliDates.Today(ctx.Time), problems);
            if (draft is null) throw new UsageException(string.Join("; ", problems.Select(p => $"--{p.Field}: {p.Message}")));
            var items = await ctx.Services.GetRequiredService<IEvidenceStore>().AddEvidenceAsync([draft], Environment.UserName,
                CliContext.Audit("addEvidence", $"node={draft.Node} kind={draft.Kind}"), ct);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, items.Select(EvidenceItemContract.Map).ToList());
            else foreach (var item in items) Print(ctx.Out, item);
            return CliAction.Ok;
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = "CSV with columns node, kind, title and optional date, issuer, file, url (file paths relative to the CSV)" };
        var json = GlobalOptions.Json();
        var command = new Command("import", "Import evidence items from CSV: every row is checked first, and one bad row stores nothing") { file, json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var path = ctx.Parse.GetValue(file)!;
            var risk = await ctx.RiskAsync(ct);
            var drafts = EvidenceCsvReader.Read(path, risk.Graph, CliDates.Today(ctx.Time));
            var items = await ctx.Services.GetRequiredService<IEvidenceStore>().AddEvidenceAsync(drafts, Environment.UserName,
                CliContext.Audit("importEvidence", $"csv={Path.GetFileName(path)} rows={drafts.Count}"), ct);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, new EvidenceAddedResponse(items.Count, [.. items.Select(EvidenceItemContract.Map)]));
            else ctx.Out.WriteLine($"Imported {items.Count} evidence item{(items.Count == 1 ? "" : "s")} from {path} (ids {items[0].Id}..{items[^1].Id})");
            return CliAction.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var node = new Option<string?>("--node") { Description = "Only evidence about this node" };
        var json = GlobalOptions.Json();
        var command = new Command("list", "Evidence on file") { node, json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var n = ctx.Parse.GetValue(node);
            var items = await ctx.Services.GetRequiredService<IEvidenceStore>().ListEvidenceAsync(n is null ? null : new NodeId(n), ct);
            if (ctx.Parse.GetValue(json)) { CliJson.Write(ctx.Out, items.Select(EvidenceItemContract.Map).ToList()); return CliAction.Ok; }
            if (items.Count == 0) ctx.Out.WriteLine("no evidence on file");
            foreach (var item in items) Print(ctx.Out, item);
            return CliAction.Ok;
        });
        return command;
    }

    private static Command Kinds()
    {
        var json = GlobalOptions.Json();
        var command = new Command("kinds", "The 13 evidence kinds of the DHS FAQs") { json };
        CliAction.Set(command, (ctx, ct) =>
        {
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, EvidenceKinds.All.Select(EvidenceKindContract.Map).ToList());
            else foreach (var k in EvidenceKinds.All) ctx.Out.WriteLine($"{k.Number,2}. {k.Id,-24} {k.Title}{(k.Required ? "" : " (where it applies)")}");
            return Task.FromResult(CliAction.Ok);
        });
        return command;
    }

    private static void Print(TextWriter o, EvidenceItem e)
    {
        o.WriteLine($"#{e.Id} {e.Node}  {e.Kind}  {e.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}  {e.Title}{(e.Issuer is null ? "" : $" ({e.Issuer})")}");
        if (e.File is not null) o.WriteLine($"      file {e.File}  sha256 {e.Sha256}");
        if (e.Url is not null) o.WriteLine($"      url {e.Url}");
    }
}
