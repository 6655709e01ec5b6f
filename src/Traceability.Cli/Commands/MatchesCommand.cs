using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api.Contracts;
using Traceability.Core.Screening;

namespace Traceability.Cli.Commands;

internal static class MatchesCommand
{
    public static Command Create()
    {
        var pending = new Option<bool>("--pending") { Description = "Only matches awaiting a decision" };
        var json = GlobalOptions.Json();
        var command = new Command("matches", "Screening matches between graph nodes and list entries, and analysts' decisions") { pending, json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var matches = await ctx.Services.GetRequiredService<IListStore>().GetMatchesAsync(ctx.Parse.GetValue(pending), ct);
            var contracts = matches.Select(MatchContract.Map).ToList();
            if (ctx.Parse.GetValue(json)) { CliJson.Write(ctx.Out, contracts); return CliAction.Ok; }
            if (contracts.Count == 0) ctx.Out.WriteLine("no matches");
            foreach (var m in contracts) Print(ctx.Out, m);
            return CliAction.Ok;
        });
        command.Subcommands.Add(Decide("confirm", MatchStatus.Confirmed, "Confirm that the node is the listed party"));
        command.Subcommands.Add(Decide("reject", MatchStatus.Rejected, "Reject a match: it stops firing and stays rejected across list re-imports"));
        return command;
    }

    private static Command Decide(string verb, MatchStatus status, string description)
    {
        var id = new Argument<long>("id") { Description = "Match id (see `traceability matches`)" };
        var note = new Option<string>("--note") { Description = "Why (kept with who and when)", Required = true };
        var json = GlobalOptions.Json();
        var command = new Command(verb, description) { id, note, json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var record = await ctx.Services.GetRequiredService<IListStore>()
                .DecideAsync(ctx.Parse.GetValue(id), status, ctx.Parse.GetValue(note)!, Environment.UserName,
                    CliContext.Audit(verb + "Match", $"match {ctx.Parse.GetValue(id)}"), ct);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, MatchContract.Map(record));
            else Print(ctx.Out, MatchContract.Map(record));
            return CliAction.Ok;
        });
        return command;
    }

    internal static void Print(TextWriter o, MatchContract m)
    {
        var state = !m.Active ? "inactive" : m.Status;
        o.WriteLine($"#{m.Id} {state,-9} {m.Score.ToString("0.000", CultureInfo.InvariantCulture)}  {m.Node} ({m.NodeName})  ~  {m.Entry} {m.EntryName}{(m.Blocking ? "" : " (watch list)")}");
        if (m.DecidedBy is not null) o.WriteLine($"          {m.Status} by {m.DecidedBy} at {m.DecidedAt:yyyy-MM-dd HH:mm}Z: {m.Note}");
    }
}
