using System.CommandLine;
using Traceability.Api.Contracts;
using Traceability.Cli.Rendering;
using Traceability.Core.Exposure;

namespace Traceability.Cli.Commands;

internal static class DemoCommand
{
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "seed-data");

    private static string DbHint(CliContext ctx) => ctx.Parse.GetValue(GlobalOptions.Db) is { } db ? $" --db {db}" : "";

    public static Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after printing instead of serving the API" };
        var urls = ServeCommand.Urls();
        var command = new Command("demo", "Load the demo supply network (seed-data), print the exposure of every product, then serve the API on it")
        {
            noServe, urls,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var graph = Path.Combine(SeedFolder, "graph");
            if (!Directory.Exists(graph)) throw new DomainException($"demo data not found at {graph}");
            var report = await ImportCommand.RunAsync(ctx, [graph], "neo4j-csv", null, ct);
            var store = await ctx.StoreAsync(ct);
            ImportCommand.Print(ctx.Out, report, store.Location);
            ctx.Out.WriteLine();
            StatsCommand.Print(ctx.Out, store.Location, await store.CountAsync(ct));
            ctx.Out.WriteLine();
            var exposure = ExposureEngine.Compute(await ctx.RiskAsync(ct), null, null, ct);
            ExposureText.Write(ctx.Out, ExposureResponse.Map(exposure, null));
            ctx.Out.WriteLine();
            var top = exposure.Products.FirstOrDefault(p => p.Presumption) ?? exposure.Products.FirstOrDefault();
            if (top is not null)
                ctx.Out.WriteLine($"Next: traceability trace {top.Product}{DbHint(ctx)}   (why it is flagged, path by path)");
            if (ctx.Parse.GetValue(noServe)) return CliAction.Ok;
            ctx.Out.WriteLine();
            var (_, key) = await KeysCommand.CreateAsync(ctx, Core.Access.Role.Admin, "demo", ct);
            await ServeCommand.RunAsync(ctx, ctx.Parse.GetValue(urls)!, key, ct);
            return CliAction.Ok;
        });
        return command;
    }
}
