using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage;

namespace Traceability.Cli;

/// <summary>One command invocation: its parse result, output writers and the services it runs on.</summary>
internal sealed class CliContext(ParseResult parse, TextWriter stdout, TextWriter stderr) : IAsyncDisposable
{
    private IHost? _host;
    private IGraphStore? _store;

    public ParseResult Parse { get; } = parse;
    public TextWriter Out { get; } = stdout;
    public TextWriter Err { get; } = stderr;

    public IServiceProvider Services => (_host ??= BuildHost()).Services;

    public GraphSchema Schema => Services.GetRequiredService<GraphSchema>();

    public TimeProvider Time => Services.GetRequiredService<TimeProvider>();

    public async Task<IGraphStore> StoreAsync(CancellationToken ct)
    {
        if (_store is not null) return _store;
        var options = Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return _store = await GraphStores.OpenAsync(options, Schema, Time, ct);
    }

    public void Progress(string message) => Err.WriteLine(message);

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = "traceability",
        });
        if (Parse.GetValue(GlobalOptions.Db) is { Length: > 0 } db)
        {
            var o = StorageOptions.FromDb(db);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = o.Provider,
                ["Storage:Path"] = o.Path,
                ["Storage:ConnectionString"] = o.ConnectionString,
            });
        }
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(Parse.GetValue(GlobalOptions.Verbose) ? LogLevel.Information : LogLevel.Warning);
        builder.Services.AddTraceabilityStorage();
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        _host?.Dispose();
    }
}
