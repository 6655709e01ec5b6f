using System.CommandLine;

namespace Traceability.Cli.Commands;

internal static class DemoCommand
{
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "seed-data");

    public static Command Create()
    {
        var command = new Command("demo", "Load the demo supply network (seed-data) into the store and show what it holds");
        CliAction.Set(command, async (ctx, ct) =>
        {
            var graph = Path.Combine(SeedFolder, "graph");
            if (!Directory.Exists(graph)) throw new DomainException($"demo data not found at {graph}");
            var report = await ImportCommand.RunAsync(ctx, [graph], "neo4j-csv", null, ct);
            var store = await ctx.StoreAsync(ct);
            ImportCommand.Print(ctx.Out, report, store.Location);
            ctx.Out.WriteLine();
            StatsCommand.Print(ctx.Out, store.Location, await store.CountAsync(ct));
            return CliAction.Ok;
        });
        return command;
    }
}
