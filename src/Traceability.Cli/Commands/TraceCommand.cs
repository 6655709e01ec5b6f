using System.CommandLine;
using Traceability.Api.Contracts;
using Traceability.Cli.Rendering;
using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Tracing;

namespace Traceability.Cli.Commands;

internal static class TraceCommand
{
    public static Command Create()
    {
        var product = new Argument<string>("product") { Description = "Id of the product (or facility) to trace" };
        var json = GlobalOptions.Json();
        var limit = new Option<int>("--limit") { Description = "Paths per page (0 for the summary only)", DefaultValueFactory = _ => 20 };
        var cursor = new Option<string?>("--cursor") { Description = "Cursor printed by the previous page" };
        var onlyFlagged = new Option<bool>("--only-flagged") { Description = "Only paths through a flagged node" };
        var kind = new Option<string?>("--kind") { Description = "Only paths through a node with this flag (NK_LABOR, DPRK_LOCATION, ...)" };
        var through = new Option<string?>("--through") { Description = "Only paths through this node" };
        var maxDepth = new Option<int?>("--max-depth") { Description = "Cut paths after this many hops" };
        var timeBudget = new Option<int>("--time-budget-ms") { Description = "Time budget for finding the page", DefaultValueFactory = _ => 5000 };
        var command = new Command("trace", "Trace a product back to its origins: flags, presumption verdict, path count and a page of paths")
        {
            product, json, limit, cursor, onlyFlagged, kind, through, maxDepth, timeBudget,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            FlagKind? k = null;
            if (ctx.Parse.GetValue(kind) is { } text)
            {
                if (!FlagKinds.TryParse(text, out var parsed))
                    throw new UsageException($"--kind: unknown flag kind '{text}' (use {string.Join(", ", FlagKinds.All.Select(FlagKinds.Code))})");
                k = parsed;
            }
            var query = new PathQuery
            {
                Limit = ctx.Parse.GetValue(limit),
                Cursor = ctx.Parse.GetValue(cursor),
                OnlyFlagged = ctx.Parse.GetValue(onlyFlagged),
                Kind = k,
                Through = ctx.Parse.GetValue(through) is { } t ? new NodeId(t) : null,
                MaxDepth = ctx.Parse.GetValue(maxDepth),
                TimeBudget = TimeSpan.FromMilliseconds(Math.Max(1, ctx.Parse.GetValue(timeBudget))),
            };
            var risk = await ctx.RiskAsync(ct);
            var result = TraceEngine.Trace(risk, new NodeId(ctx.Parse.GetValue(product)!), query, null, ct);
            var response = TraceResponse.Map(result);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, response);
            else TraceText.Write(ctx.Out, response);
            return CliAction.Ok;
        });
        return command;
    }
}
