using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api.Contracts;
using Traceability.Core.Checklists;
using Traceability.Core.Evidence;

namespace Traceability.Cli.Commands;

internal static class ChecklistCommand
{
    public static Command Create()
    {
        var command = new Command("checklist", "CBP's reasonable-care questions as a per-supplier checklist");
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Set());
        command.Subcommands.Add(Questions());
        return command;
    }

    private static Command Show()
    {
        var supplier = new Argument<string>("supplier") { Description = "Company, facility or transporter id" };
        var json = GlobalOptions.Json();
        var command = new Command("show", "A supplier's checklist: every question with its latest answer and date") { supplier, json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var g = (await ctx.RiskAsync(ct)).Graph;
            var id = ChecklistIntake.Supplier(g, ctx.Parse.GetValue(supplier)!);
            var contract = ChecklistContract.Map(id, g.NameOf(g.Find(id.Value)!.Value), await ctx.Services.GetRequiredService<IEvidenceStore>().GetChecklistAsync(id, ct));
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, contract);
            else Print(ctx.Out, contract);
            return CliAction.Ok;
        });
        return command;
    }

    private static Command Set()
    {
        var supplier = new Argument<string>("supplier") { Description = "Company, facility or transporter id" };
        var question = new Option<string>("--question") { Description = "Question id or number (see `traceability checklist questions`)", Required = true };
        var answer = new Option<string>("--answer") { Description = "yes, no, partial or unknown", Required = true };
        answer.AcceptOnlyFromAmong("yes", "no", "partial", "unknown");
        var date = new Option<string?>("--date") { Description = "When answered or checked, yyyy-MM-dd" };
        var note = new Option<string?>("--note") { Description = "Why, or where it is documented" };
        var json = GlobalOptions.Json();
        var command = new Command("set", "Record the answer to one question for a supplier (earlier answers stay in the history)") { supplier, question, answer, date, note, json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var g = (await ctx.RiskAsync(ct)).Graph;
            var id = ChecklistIntake.Supplier(g, ctx.Parse.GetValue(supplier)!);
            var drafts = ChecklistIntake.Answers([new ChecklistInput(ctx.Parse.GetValue(question), ctx.Parse.GetValue(answer), ctx.Parse.GetValue(date), ctx.Parse.GetValue(note))],
                CliDates.Today(ctx.Time), (_, f) => "--" + f);
            var answers = await ctx.Services.GetRequiredService<IEvidenceStore>().SetChecklistAsync(id, drafts, Environment.UserName,
                CliContext.Audit("setChecklist", $"supplier={id}"), ct);
            var contract = ChecklistContract.Map(id, g.NameOf(g.Find(id.Value)!.Value), answers);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, contract);
            else Print(ctx.Out, contract);
            return CliAction.Ok;
        });
        return command;
    }

    private static Command Questions()
    {
        var json = GlobalOptions.Json();
        var command = new Command("questions", "CBP's reasonable-care questions") { json };
        CliAction.Set(command, (ctx, ct) =>
        {
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, ReasonableCareQuestions.All.Select(ChecklistQuestionContract.Map).ToList());
            else foreach (var q in ReasonableCareQuestions.All) ctx.Out.WriteLine($"{q.Number,2}. {q.Id,-26} {q.Text}");
            return Task.FromResult(CliAction.Ok);
        });
        return command;
    }

    private static void Print(TextWriter o, ChecklistContract c)
    {
        o.WriteLine($"{c.Supplier} ({c.SupplierName}): {c.Answered} of {c.Questions.Count} questions answered");
        foreach (var q in c.Questions)
            o.WriteLine($"{q.Number,2}. {q.Answer,-8} {q.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",-10} {q.Question}{(q.Note is null ? "" : "  " + q.Note)}");
    }
}
