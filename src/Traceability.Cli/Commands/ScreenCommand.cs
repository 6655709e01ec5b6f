using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api.Contracts;
using Traceability.Core.Screening;
using Traceability.Storage.Csv;

namespace Traceability.Cli.Commands;

internal static class ScreenCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "Name to screen", Arity = ArgumentArity.ZeroOrOne };
        var country = new Option<string?>("--country") { Description = "Country (ISO alpha-2), a qualifier" };
        var kind = new Option<string?>("--kind") { Description = "entity, individual or vessel" };
        var imo = new Option<string?>("--imo") { Description = "IMO number: strong evidence" };
        var file = new Option<string?>("--file") { Description = "CSV with a 'name' column (and optional 'country', 'kind', 'imo'): screen every row" };
        var threshold = new Option<double?>("--threshold") { Description = "Score from which a match is reported (default 0.85)" };
        var limit = new Option<int>("--limit") { Description = "Matches per name", DefaultValueFactory = _ => 5 };
        var json = GlobalOptions.Json();
        var command = new Command("screen", "Screen names against the imported sanctions and watch lists") { name, country, kind, imo, file, threshold, limit, json };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var service = ctx.Services.GetRequiredService<ScreeningService>();
            var lists = await ctx.Services.GetRequiredService<IListStore>().ListVersionsAsync(ct);
            var listsVersion = ListVersion.Label(lists.Where(l => l.List != ListKeys.Dol));
            if (listsVersion.Length == 0) throw new DomainException($"no lists imported: run `traceability lists import FILE... --format {string.Join("|", Traceability.Storage.Lists.ListImporter.Formats)}` first");
            var queries = new List<ScreeningQuery>();
            if (ctx.Parse.GetValue(file) is { } path)
            {
                if (ctx.Parse.GetValue(name) is not null) throw new UsageException("give a name or --file, not both");
                queries.AddRange(ReadFile(path));
            }
            else if (ctx.Parse.GetValue(name) is { Length: > 0 } n)
                queries.Add(new ScreeningQuery(n, null, ctx.Parse.GetValue(country), ParseKind(ctx.Parse.GetValue(kind), "--kind"),
                    ctx.Parse.GetValue(imo) is { } i ? [new EntryIdentifier("imo", i)] : null));
            else throw new UsageException("give a name to screen, or --file");
            var t = ctx.Parse.GetValue(threshold) ?? service.Threshold;
            var results = new List<ScreeningResponse>();
            foreach (var q in queries)
            {
                var matches = await service.ScreenAsync(q, t, ctx.Parse.GetValue(limit), ct);
                results.Add(new ScreeningResponse(q.Name, q.Country, t, listsVersion, [.. matches.Select(ScreeningMatchContract.Map)]));
            }
            if (ctx.Parse.GetValue(json)) { if (ctx.Parse.GetValue(file) is null) CliJson.Write(ctx.Out, results[0]); else CliJson.Write(ctx.Out, results); }
            else foreach (var r in results) Print(ctx.Out, r);
            return CliAction.Ok;
        });
        return command;
    }

    private static EntryKind? ParseKind(string? text, string where) => text is null ? null
        : Enum.TryParse<EntryKind>(text, ignoreCase: true, out var k) ? k : throw new UsageException($"{where}: '{text}' is not entity, individual, vessel or aircraft");

    private static List<ScreeningQuery> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"--file: no such file '{path}'");
        var errors = new List<Core.Graph.ImportError>();
        var table = CsvTable.Read(path, ["name"], errors);
        var list = new List<ScreeningQuery>();
        foreach (var row in table.Rows)
        {
            var n = table.Get(row, "name");
            if (n.Length == 0) { errors.Add(new(table.File, row.Line, "name", "empty name")); continue; }
            EntryKind? k = null;
            try { k = ParseKind(table.Get(row, "kind") is { Length: > 0 } s ? s : null, $"{table.File}:{row.Line}: kind"); }
            catch (UsageException e) { errors.Add(new(table.File, row.Line, "kind", e.Message)); }
            list.Add(new ScreeningQuery(n, null, table.Get(row, "country") is { Length: > 0 } c ? c : null, k,
                table.Get(row, "imo") is { Length: > 0 } imo ? [new EntryIdentifier("imo", imo)] : null));
        }
        if (errors.Count > 0) throw new Core.Graph.ImportFailedException(errors);
        return list;
    }

    private static void Print(TextWriter o, ScreeningResponse r)
    {
        o.WriteLine($"{r.Name}{(r.Country is null ? "" : $" [{r.Country}]")}: {(r.Matches.Count == 0 ? "no match" : $"{r.Matches.Count} match(es)")} at threshold {r.Threshold.ToString("0.00", CultureInfo.InvariantCulture)} (lists {r.ListsVersion})");
        foreach (var m in r.Matches)
        {
            o.WriteLine($"  {m.Score.ToString("0.000", CultureInfo.InvariantCulture)}  {m.Entry}  {m.EntryName}  [{string.Join(", ", m.Programs)}]{(m.Blocking ? "" : " (watch list)")}");
            foreach (var f in m.Features) o.WriteLine($"         {f.Feature}: {f.Detail}");
        }
    }
}
