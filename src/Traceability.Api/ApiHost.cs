using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Traceability.Api.Audit;
using Traceability.Api.Endpoints;
using Traceability.Api.Web;

namespace Traceability.Api;

/// <summary>Builds the HTTP API; <c>traceability serve</c> and Program.cs both start it from here.</summary>
public static class ApiHost
{
    /// <summary>The application, configured from <paramref name="args"/> and <paramref name="overrides"/> (later wins).</summary>
    public static WebApplication Build(string[] args, IDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // Defaults under every other source (appsettings, environment, arguments override them): ASP.NET Core's own
        // per-request lines (request started, endpoint executed, result written) only from warnings up; the audit trail
        // is the record of requests.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning" },
        });
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddTraceabilityApi();
        // Logs go to stderr: stdout belongs to the command's own output.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<KestrelServerOptions>(o =>
            o.Limits.MaxRequestBodySize = builder.Configuration.GetValue<long?>("Api:MaxImportBytes") ?? new ApiOptions().MaxImportBytes);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>Middleware and endpoints.</summary>
    public static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseInvestigatorPage();
        app.UseSwagger();
        app.UseSwaggerUI(o => o.DocumentTitle = "Traceability API");
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        var json = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.MaxJsonBodyBytes;
        app.MapHealthEndpoints();
        var api = app.MapGroup("").AddEndpointFilter<AuditFilter>();
        api.MapEntityEndpoints();
        api.MapTraceEndpoints();
        var small = api.MapGroup("").WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(json));
        small.MapScreeningEndpoints();
        small.MapKeyEndpoints();
        api.MapImportEndpoints();
        api.MapAuditEndpoints();
        api.MapReportEndpoints();
        api.MapEvidenceEndpoints(json);
        small.MapChecklistEndpoints();
    }
}
