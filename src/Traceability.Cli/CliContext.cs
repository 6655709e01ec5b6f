using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Traceability.Core;
using Traceability.Core.Rules;
using Traceability.Core.Schema;
using Traceability.Core.Snapshots;
using Traceability.Core.Storage;
using Traceability.Storage;

namespace Traceability.Cli;

/// <summary>One command invocation: its parse result, output writers and the services it runs on.</summary>
internal sealed class CliContext(ParseResult parse, TextWriter stdout, TextWriter stderr) : IAsyncDisposable
{
    private IHost? _host;

    public ParseResult Parse { get; } = parse;
    public TextWriter Out { get; } = stdout;
    public TextWriter Err { get; } = stderr;

    public IServiceProvider Services => (_host ??= BuildHost()).Services;

    public GraphSchema Schema => Services.GetRequiredService<GraphSchema>();

    public TimeProvider Time => Services.GetRequiredService<TimeProvider>();

    public Task<IGraphStore> StoreAsync(CancellationToken ct) => Task.FromResult(Services.GetRequiredService<IGraphStore>());

    public Task<RiskIndex> RiskAsync(CancellationToken ct) => Services.GetRequiredService<RiskIndexProvider>().GetAsync(ct);

    public void Progress(string message) => Err.WriteLine(message);

    /// <summary>Where the store is, for messages, without opening it.</summary>
    public string Location
    {
        get
        {
            var o = Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value;
            return o.Provider == "Postgres" && o.ConnectionString is { Length: > 0 } cs
                ? Storage.Postgres.PostgresConnectionStrings.Describe(Storage.Postgres.PostgresConnectionStrings.Normalize(cs))
                : "sqlite:" + Path.GetFullPath(o.Path ?? StorageOptions.DefaultSqlitePath);
        }
    }

    /// <summary>The audit record of a change made from the command line.</summary>
    public static Core.Audit.AuditEvent Audit(string action, string target) =>
        new(Environment.UserName, "cli", action, target, "cli", "ok");

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = "traceability",
        });
        var overrides = new Dictionary<string, string?>();
        if (Parse.GetValue(GlobalOptions.Db) is { Length: > 0 } db)
        {
            var o = StorageOptions.FromDb(db);
            overrides["Storage:Provider"] = o.Provider;
            overrides["Storage:Path"] = o.Path;
            overrides["Storage:ConnectionString"] = o.ConnectionString;
        }
        if (Parse.GetValue(GlobalOptions.Lists) is { Length: > 0 } lists) overrides["Lists:Folder"] = lists;
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(Parse.GetValue(GlobalOptions.Verbose) ? LogLevel.Information : LogLevel.Warning);
        builder.Services.AddTraceabilityStorage();
        builder.Services.AddTraceabilityCore();
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable a) await a.DisposeAsync();
        else _host?.Dispose();
    }
}
