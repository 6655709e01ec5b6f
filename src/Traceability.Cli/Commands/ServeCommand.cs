using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Traceability.Api;
using Traceability.Storage;

namespace Traceability.Cli.Commands;

internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Option<string> Urls() => new("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => DefaultUrls };

    public static Command Create()
    {
        var urls = Urls();
        var command = new Command("serve", "Serve the HTTP API and the investigator web page (at /; Swagger UI at /swagger) on the same store") { urls };
        CliAction.Set(command, async (ctx, ct) =>
        {
            await RunAsync(ctx, ctx.Parse.GetValue(urls)!, null, ct);
            return CliAction.Ok;
        });
        return command;
    }

    public static async Task RunAsync(CliContext ctx, string urls, string? key, CancellationToken ct)
    {
        var overrides = new Dictionary<string, string?>();
        if (ctx.Parse.GetValue(GlobalOptions.Db) is { Length: > 0 } db)
        {
            var o = StorageOptions.FromDb(db);
            overrides["Storage:Provider"] = o.Provider;
            overrides["Storage:Path"] = o.Path;
            overrides["Storage:ConnectionString"] = o.ConnectionString;
        }
        if (ctx.Parse.GetValue(GlobalOptions.Lists) is { Length: > 0 } lists) overrides["Lists:Folder"] = lists;
        await using var app = ApiHost.Build(["--urls", urls], overrides);
        await app.StartAsync(ct);
        var address = app.Urls.FirstOrDefault() ?? urls;
        ctx.Out.WriteLine($"Traceability API listening on {address}");
        ctx.Out.WriteLine($"  web page:    {address}/");
        ctx.Out.WriteLine($"  Swagger UI:  {address}/swagger");
        ctx.Out.WriteLine($"  health:      {address}/health");
        if (key is not null)
        {
            ctx.Out.WriteLine($"  API key:     {key}   (admin, shown once; paste it into the web page, or send it as X-Api-Key)");
            ctx.Out.WriteLine($"  try:         curl -H 'X-Api-Key: {key}' {address}/api/exposure");
        }
        ctx.Out.WriteLine("Press Ctrl+C to stop.");
        await ctx.Out.FlushAsync(ct);
        try
        {
            await app.WaitForShutdownAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        await app.StopAsync(CancellationToken.None);
    }
}
