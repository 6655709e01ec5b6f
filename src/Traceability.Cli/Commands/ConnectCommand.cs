using System.CommandLine;
using Traceability.Api.Contracts;
using Traceability.Core.Connections;
using Traceability.Core.Graph;

namespace Traceability.Cli.Commands;

internal static class ConnectCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("from") { Description = "First entity id" };
        var b = new Argument<string>("to") { Description = "Second entity id" };
        var k = new Option<int>("--k") { Description = "How many shortest connections", DefaultValueFactory = _ => 3 };
        var json = GlobalOptions.Json();
        var command = new Command("connect", "How two entities are connected: the k shortest paths over every relationship, either direction") { a, b, k, json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var risk = await ctx.RiskAsync(ct);
            var result = ConnectionFinder.Find(risk.Graph, new NodeId(ctx.Parse.GetValue(a)!), new NodeId(ctx.Parse.GetValue(b)!), ctx.Parse.GetValue(k), cancellationToken: ct);
            var response = ConnectionResponse.Map(result);
            if (ctx.Parse.GetValue(json)) { CliJson.Write(ctx.Out, response); return CliAction.Ok; }
            if (response.Distance is null)
            {
                ctx.Out.WriteLine($"{response.From} and {response.To} are not connected within 8 steps{(response.Truncated ? " (search budget reached)" : "")}.");
                return CliAction.Ok;
            }
            ctx.Out.WriteLine($"{response.From} and {response.To}: {response.Distance} steps apart; {response.Connections.Count} shortest connection(s):");
            var i = 0;
            foreach (var c in response.Connections)
            {
                ctx.Out.WriteLine($"  {++i}. {c.Length} steps");
                foreach (var h in c.Hops)
                    ctx.Out.WriteLine($"     {h.From} ({h.FromName}) {string.Join(" / ", h.Relationships.Select(r => r.Direction == "out" ? $"-[{r.Type}{Detail(r)}]->" : $"<-[{r.Type}{Detail(r)}]-"))} {h.To} ({h.ToName})");
            }
            return CliAction.Ok;
        });
        return command;
    }

    private static string Detail(HopRelationContract r) => r.Detail is null ? "" : " " + r.Detail;
}
