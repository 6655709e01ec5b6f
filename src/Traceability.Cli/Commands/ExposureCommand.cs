using System.CommandLine;
using System.Text.Json;
using Traceability.Api.Contracts;
using Traceability.Cli.Rendering;
using Traceability.Core.Exposure;
using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Cli.Commands;

internal static class ExposureCommand
{
    public static Command Create()
    {
        var importer = new Option<string?>("--importer") { Description = "Only products this company imports" };
        var json = GlobalOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Write CSV to stdout" };
        var since = new Option<string?>("--since") { Description = "An earlier `exposure --json` output: report what changed since" };
        var command = new Command("exposure", "Exposure of every product in one pass, most exposed first") { importer, json, csv, since };
        CliAction.Set(command, async (ctx, ct) =>
        {
            if (ctx.Parse.GetValue(json) && ctx.Parse.GetValue(csv)) throw new UsageException("--json and --csv cannot be combined");
            var previous = ctx.Parse.GetValue(since) is { } path ? ReadPrevious(path) : null;
            var risk = await ctx.RiskAsync(ct);
            var report = ExposureEngine.Compute(risk, ctx.Parse.GetValue(importer) is { } i ? new NodeId(i) : null, null, ct);
            var diff = previous is null ? null : ExposureDiff.Compare(previous, report);
            var response = ExposureResponse.Map(report, diff);
            if (ctx.Parse.GetValue(json)) CliJson.Write(ctx.Out, response);
            else if (ctx.Parse.GetValue(csv)) ExposureText.WriteCsv(ctx.Out, response);
            else ExposureText.Write(ctx.Out, response);
            return CliAction.Ok;
        });
        return command;
    }

    private static Dictionary<NodeId, (bool, IReadOnlySet<FlagKind>)> ReadPrevious(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"--since: no such file '{path}'");
        try
        {
            var previous = JsonSerializer.Deserialize<ExposureResponse>(File.ReadAllText(path), CliJson.Options)
                ?? throw new DomainException($"{path}: empty");
            var result = new Dictionary<NodeId, (bool, IReadOnlySet<FlagKind>)>();
            foreach (var p in previous.Items)
            {
                var kinds = new HashSet<FlagKind>();
                foreach (var k in p.Kinds)
                    kinds.Add(FlagKinds.TryParse(k, out var kind) ? kind : throw new DomainException($"{path}: product {p.Product}: unknown flag kind '{k}'"));
                result[new NodeId(p.Product)] = (p.Presumption, kinds);
            }
            return result;
        }
        catch (JsonException e)
        {
            throw new DomainException($"{path}: not an `exposure --json` output: {e.Message}");
        }
    }
}
