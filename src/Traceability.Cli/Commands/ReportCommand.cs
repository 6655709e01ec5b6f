using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api.Reports;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Reports;

namespace Traceability.Cli.Commands;

internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "Compliance reports: listed worksites upstream of the goods, and a product's rebuttal dossier");
        command.Subcommands.Add(Worksites());
        command.Subcommands.Add(Dossier());
        return command;
    }

    private static (Option<string?> AsOf, Option<int?> StaleDays) Dating() =>
        (new Option<string?>("--as-of") { Description = "Date of the report, yyyy-MM-dd: evidence is aged against it (default: today, UTC)" },
         new Option<int?>("--stale-days") { Description = $"Evidence older than this many days is stale (default {ReportOptions.DefaultStaleDays})" });

    private static Command Worksites()
    {
        var importer = new Option<string?>("--importer") { Description = "Every product this importer imports" };
        var product = new Option<string?>("--product") { Description = "One product" };
        var all = new Option<bool>("--all") { Description = "Every product in the graph" };
        var format = new Option<string>("--format") { Description = "csv, json or html", Required = true };
        format.AcceptOnlyFromAmong(ReportDocuments.WorksiteFormats);
        var output = new Option<string>("--out") { Description = "File to write", Required = true };
        var (asOf, staleDays) = Dating();
        var command = new Command("worksites", "Every worksite and transporter upstream: address, parent company, products made, workers, tier, flags, evidence status")
        {
            importer, product, all, format, output, asOf, staleDays,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var i = ctx.Parse.GetValue(importer);
            var p = ctx.Parse.GetValue(product);
            var a = ctx.Parse.GetValue(all);
            if ((i is null ? 0 : 1) + (p is null ? 0 : 1) + (a ? 1 : 0) != 1) throw new UsageException("give exactly one of --importer ID, --product ID or --all");
            var scope = i is not null ? ReportScope.Importer(i) : p is not null ? ReportScope.Product(p) : ReportScope.All;
            var options = ReportOptions.For(ctx.Time, CliDates.Parse(ctx.Parse.GetValue(asOf), "--as-of"), ctx.Parse.GetValue(staleDays));
            var risk = await ctx.RiskAsync(ct);
            var evidence = await ctx.Services.GetRequiredService<IEvidenceStore>().ListEvidenceAsync(null, ct);
            var report = WorksiteReportBuilder.Build(risk, scope, evidence, options, ct);
            var path = ctx.Parse.GetValue(output)!;
            if (ctx.Parse.GetValue(format) == "csv")
            {
                // Row by row into the file: a report of a million worksites is never one string in memory.
                CliDates.WriteFile(path, "");
                await using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
                Traceability.Storage.Reports.WorksiteCsv.Write(report, writer);
            }
            else CliDates.WriteFile(path, ReportDocuments.Render(report, ctx.Parse.GetValue(format)!).Text);
            var s = report.Summary;
            ctx.Out.WriteLine($"Wrote the worksite report for {scope}: {s.Facilities} worksites ({s.PresumptionFacilities} carrying the 321(b) presumption), {s.Transporters} transporters, to {path}");
            ctx.Out.WriteLine($"graph version {report.Header.SnapshotVersion}; lists {report.Header.ListsVersion}; as of {options.AsOf:yyyy-MM-dd}");
            return CliAction.Ok;
        });
        return command;
    }

    private static Command Dossier()
    {
        var product = new Argument<string>("product") { Description = "Id of the product" };
        var format = new Option<string>("--format") { Description = "json or html", Required = true };
        format.AcceptOnlyFromAmong(ReportDocuments.DossierFormats);
        var output = new Option<string>("--out") { Description = "File to write", Required = true };
        var (asOf, staleDays) = Dating();
        var command = new Command("dossier", "Rebuttal dossier of a product: 321(b) verdict, flagged paths, evidence per worksite, readiness, transport and sanctions findings")
        {
            product, format, output, asOf, staleDays,
        };
        CliAction.Set(command, async (ctx, ct) =>
        {
            var options = ReportOptions.For(ctx.Time, CliDates.Parse(ctx.Parse.GetValue(asOf), "--as-of"), ctx.Parse.GetValue(staleDays));
            var risk = await ctx.RiskAsync(ct);
            var store = ctx.Services.GetRequiredService<IEvidenceStore>();
            var dossier = DossierBuilder.Build(risk, new NodeId(ctx.Parse.GetValue(product)!), await store.ListEvidenceAsync(null, ct),
                await store.GetChecklistAsync(null, ct), options, ct);
            var path = ctx.Parse.GetValue(output)!;
            CliDates.WriteFile(path, ReportDocuments.Render(dossier, ctx.Parse.GetValue(format)!).Text);
            ctx.Out.WriteLine($"Wrote the rebuttal dossier of {dossier.Header.Products[0].Id} to {path}");
            ctx.Out.WriteLine($"presumption: {(dossier.Verdict.Applies ? "applies" : "does not apply")}; readiness: {dossier.Readiness.Status}; " +
                $"{dossier.Paths.Listed.Count} flagged paths{(dossier.Paths.Truncated ? $" (cut by {dossier.Paths.TruncatedBy})" : "")}; " +
                $"{dossier.Transport.Count} transport and {dossier.Sanctions.Count} sanctions findings");
            return CliAction.Ok;
        });
        return command;
    }
}
