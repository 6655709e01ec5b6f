using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api.Contracts;
using Traceability.Core.Audit;

namespace Traceability.Cli.Commands;

internal static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "The hash-chained audit trail");
        var json = GlobalOptions.Json();
        var expect = new Option<string?>("--expect-head") { Description = "Head hash kept from an earlier verify: fail if the trail no longer reaches it" };
        var verify = new Command("verify", "Check the trail: exit 1 if a record was edited, deleted, reordered or cut") { json, expect };
        CliAction.Set(verify, async (ctx, ct) =>
        {
            var store = ctx.Services.GetRequiredService<IAuditStore>();
            var result = await store.VerifyAsync(ct);
            if (ctx.Parse.GetValue(expect) is { } head && result.Intact)
            {
                var records = await store.ReadAsync(0, int.MaxValue, ct);
                if (!records.Any(r => r.Hash == head))
                    result = result with { Intact = false, Problems = [$"no record has the expected head hash {head}: the trail was rewritten"] };
            }
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, result);
            else if (result.Intact) ctx.Out.WriteLine($"audit trail intact: {result.Records} records, head {result.LastSequence} {result.HeadHash}");
            else
            {
                ctx.Out.WriteLine($"audit trail BROKEN ({result.Records} records read):");
                foreach (var p in result.Problems) ctx.Out.WriteLine("  " + p);
            }
            return result.Intact ? CliAction.Ok : CliAction.Failure;
        });
        var limit = new Option<int>("--limit") { Description = "Records to show", DefaultValueFactory = _ => 50 };
        var after = new Option<long>("--after") { Description = "Show records after this sequence", DefaultValueFactory = _ => 0 };
        var showJson = GlobalOptions.Json();
        var show = new Command("show", "Print audit records, oldest first") { limit, after, showJson };
        CliAction.Set(show, async (ctx, ct) =>
        {
            var records = await ctx.Services.GetRequiredService<IAuditStore>().ReadAsync(ctx.Parse.GetValue(after), ctx.Parse.GetValue(limit), ct);
            if (ctx.Parse.GetValue(showJson)) CliJson.Write(ctx.Out, records.Select(AuditRecordContract.Map));
            else foreach (var r in records) ctx.Out.WriteLine($"{r.Sequence,6} {r.At:yyyy-MM-dd HH:mm:ss}Z {r.Actor} ({r.Role}) {r.Action} {r.Target} from {r.Origin}: {r.Outcome}");
            return CliAction.Ok;
        });
        command.Subcommands.Add(verify);
        command.Subcommands.Add(show);
        return command;
    }
}
