using Traceability.Cli;

return await TraceabilityCli.RunAsync(args, Console.Out, Console.Error);
