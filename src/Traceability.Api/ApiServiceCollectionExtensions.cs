using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.OpenApi;
using Traceability.Api.Auth;
using Traceability.Api.Errors;
using Traceability.Api.OpenApi;
using Traceability.Core;
using Traceability.Storage;

namespace Traceability.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Engines, store, API key authentication, role policies, rate limits, problem details, JSON and Swagger.</summary>
    public static IServiceCollection AddTraceabilityApi(this IServiceCollection services)
    {
        services.AddTraceabilityStorage();
        services.AddTraceabilityCore();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.Configure<JsonOptions>(o => Json.ApiJson.Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddSingleton<KeyGuessLimiter>();
        services.AddSingleton<Endpoints.ResultCache>();
        services.AddSingleton<Audit.AuditFilter>();
        services.AddSingleton(sp => new Core.Audit.AuditBatcher(sp.GetRequiredService<Core.Audit.IAuditStore>()));

        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.RequireRole("investigator", "analyst", "admin"))
            .AddPolicy(Policies.Screen, p => p.RequireRole("analyst", "admin"))
            .AddPolicy(Policies.Admin, p => p.RequireRole("admin"))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var partition = http.Request.Headers.TryGetValue(ApiKeyDefaults.Header, out var key) && key.Count > 0
                    ? "key:" + Core.Access.ApiKeys.IdOf(key.ToString())
                    : "ip:" + http.Connection.RemoteIpAddress;
                var limit = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var w) ? w : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"Rate limit reached; try again in {Math.Ceiling(wait.TotalSeconds)} seconds.");
            };
        });

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Traceability API",
                Version = "v1",
                Description = "Trace goods to their origins and flag links to North Korean labor (CAATSA 321(b)) and sanctioned parties. " +
                    $"Every call except /health needs an API key in the {ApiKeyDefaults.Header} header.",
            });
            o.AddSecurityDefinition(ApiKeyDefaults.Scheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyDefaults.Header,
                Description = "API key made with `traceability keys create --role investigator|analyst|admin`.",
            });
            o.OperationFilter<ProblemResponsesFilter>();
            o.SupportNonNullableReferenceTypes();
        });
        return services;
    }
}
