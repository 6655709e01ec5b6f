using System.CommandLine;
using Traceability.Api.Contracts;
using Traceability.Cli.Rendering;
using Traceability.Core.Graph;
using Traceability.Core.Rules;
using Traceability.Core.Tracing;
using Traceability.Storage.Postgres;

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
        var engine = new Option<string>("--engine")
        {
            Description = "memory (default: flags, verdict, exact counts) or sql (recursive SQL in PostgreSQL: origins, untraced ends, path count; for graphs larger than memory)",
            DefaultValueFactory = _ => "memory",
        };
        engine.AcceptOnlyFromAmong("memory", "sql");
        var maxPaths = new Option<long>("--max-paths") { Description = "With --engine sql: stop counting after this many paths", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("trace", "Trace a product back to its origins: flags, presumption verdict, path count and a page of paths")
        {
            product, json, limit, cursor, onlyFlagged, kind, through, maxDepth, timeBudget, engine, maxPaths,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            if (ctx.Parse.GetValue(engine) == "sql")
            {
                var store = await ctx.StoreAsync(ct);
                if (store is not PostgresGraphStore pg)
                    throw new UsageException($"--engine sql runs recursive SQL in PostgreSQL, and this store is {store.Location}: pass --db a PostgreSQL connection string, or leave out --engine");
                var sql = SqlTraceResponse.Map(await pg.SqlTraceAsync(new NodeId(ctx.Parse.GetValue(product)!), ctx.Parse.GetValue(maxPaths), ct), pg.Location);
                if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, sql);
                else SqlTraceText.Write(ctx.Out, sql);
                return CliAction.Ok;
            }
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
