namespace Traceability.Api;

/// <summary>Builds the HTTP API; <c>traceability serve</c> and Program.cs both start it from here.</summary>
public static class ApiHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.ConfigureHttpJsonOptions(o => Json.ApiJson.Configure(o.SerializerOptions));
        var app = builder.Build();
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
