using System.CommandLine;
using Microsoft.Extensions.Options;
using Traceability.Core.Graph;

namespace Traceability.Cli;

/// <summary>Runs a command body with its context and maps failures to exit codes: 1 domain failure, 2 usage.</summary>
internal static class CliAction
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static void Set(Command command, Func<CliContext, CancellationToken, Task<int>> body) =>
        command.SetAction((parse, ct) => RunAsync(parse, body, ct));

    private static async Task<int> RunAsync(ParseResult parse, Func<CliContext, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        var config = parse.InvocationConfiguration;
        await using var ctx = new CliContext(parse, config.Output, config.Error);
        try
        {
            return await body(ctx, ct);
        }
        catch (ImportFailedException e)
        {
            foreach (var error in e.Errors) ctx.Err.WriteLine("error: " + error);
            ctx.Err.WriteLine($"{e.Errors.Count} error{(e.Errors.Count == 1 ? "" : "s")}{(e.Errors.Count >= BatchValidator.MaxErrors ? " (stopped counting)" : "")}; nothing was changed.");
            return Failure;
        }
        catch (UsageException e)
        {
            ctx.Err.WriteLine("error: " + e.Message);
            return Usage;
        }
        catch (OptionsValidationException e)
        {
            ctx.Err.WriteLine("error: configuration: " + string.Join("; ", e.Failures));
            return Usage;
        }
        catch (Core.NotFoundException e)
        {
            ctx.Err.WriteLine("error: " + e.Message);
            return Failure;
        }
        catch (Core.QueryException e)
        {
            ctx.Err.WriteLine($"error: {e.Field}: {e.Problem}");
            return Usage;
        }
        catch (Core.Tracing.InvalidCursorException e)
        {
            ctx.Err.WriteLine("error: --cursor: " + e.Message);
            return Usage;
        }
        catch (Core.Storage.StorageFaultException e)
        {
            ctx.Err.WriteLine("error: " + e.Message);
            return Failure;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException
            && Storage.StorageFaults.Translate(e, ctx.Location) is { } fault)
        {
            ctx.Err.WriteLine("error: " + fault.Message);
            return Failure;
        }
        catch (Storage.Backups.BackupException e)
        {
            ctx.Err.WriteLine("error: " + e.Message);
            return Failure;
        }
        catch (DomainException e)
        {
            ctx.Err.WriteLine("error: " + e.Message);
            return Failure;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            ctx.Err.WriteLine("cancelled; nothing was changed by the unfinished step.");
            return Failure;
        }
    }
}
