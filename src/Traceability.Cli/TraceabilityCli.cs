using System.CommandLine;
using Traceability.Cli.Commands;

namespace Traceability.Cli;

/// <summary>The <c>traceability</c> command: a thin shell over the same services as the API.</summary>
public static class TraceabilityCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        var root = new RootCommand("Traceability: trace goods to their origins and flag North Korean labor and sanctioned parties.")
        {
            GlobalOptions.Db,
            GlobalOptions.Lists,
            GlobalOptions.Verbose,
        };
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(TraceCommand.Create());
        root.Subcommands.Add(ExposureCommand.Create());
        root.Subcommands.Add(ConnectCommand.Create());
        root.Subcommands.Add(ListsCommand.Create());
        root.Subcommands.Add(ScreenCommand.Create());
        root.Subcommands.Add(MatchesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(Bench.BenchCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(BackupCommand.Create());
        root.Subcommands.Add(RestoreCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(EvidenceCommand.Create());
        root.Subcommands.Add(ChecklistCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine("error: " + error.Message);
            stderr.WriteLine("Run 'traceability --help' for usage.");
            return CliAction.Usage;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, ct);
    }
}
