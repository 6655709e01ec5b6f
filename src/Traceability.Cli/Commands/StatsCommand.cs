using System.CommandLine;

namespace Traceability.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json();
        var command = new Command("stats", "Count nodes per label and relationships per type, and list recent imports") { json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var store = await ctx.StoreAsync(ct);
            var counts = await store.CountAsync(ct);
            var imports = await store.ListImportsAsync(5, ct);
            if (ctx.Parse.GetValue(json))
            {
                CliJson.Write(ctx.Out, new { store = store.Location, counts.GraphVersion, nodes = counts.NodesByLabel, relationships = counts.RelationshipsByType, recentImports = imports });
                return CliAction.Ok;
            }
            Print(ctx.Out, store.Location, counts);
            if (imports.Count > 0)
            {
                ctx.Out.WriteLine("Recent imports:");
                foreach (var i in imports)
                    ctx.Out.WriteLine($"  #{i.Id} {i.At:yyyy-MM-dd HH:mm}Z {i.Kind} by {i.Actor}: +{i.Report.Nodes.Inserted} nodes ~{i.Report.Nodes.Updated}, +{i.Report.Relationships.Inserted} rels ~{i.Report.Relationships.Updated}");
            }
            return CliAction.Ok;
        });
        return command;
    }

    public static void Print(TextWriter o, string location, Core.Storage.GraphCounts counts)
    {
        o.WriteLine($"{location}  (graph version {counts.GraphVersion})");
        o.WriteLine($"  {counts.Nodes:N0} nodes");
        foreach (var (label, n) in counts.NodesByLabel) o.WriteLine($"    {label,-14}{n,10:N0}");
        o.WriteLine($"  {counts.Relationships:N0} relationships");
        foreach (var (type, n) in counts.RelationshipsByType) o.WriteLine($"    {type,-14}{n,10:N0}");
    }
}
