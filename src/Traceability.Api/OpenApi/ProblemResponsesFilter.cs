using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Traceability.Api.Auth;

namespace Traceability.Api.OpenApi;

/// <summary>
/// Documents, on every operation, the problem-details responses it can give and the API key it needs:
/// 400 for bad input, 401/403 and 429 where a key is required, 404 where the route names an id, 500 always.
/// </summary>
public sealed class ProblemResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var authorized = !anonymous && metadata.OfType<IAuthorizeData>().Any();
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        var validation = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository);
        operation.Responses ??= [];
        void Add(int status, string description, IOpenApiSchema schema)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(key)) return;
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
            };
        }
        if (!anonymous) Add(400, "Invalid request: the problem names the field at fault", validation);
        if (authorized)
        {
            Add(401, $"No valid API key in the {ApiKeyDefaults.Header} header", problem);
            Add(403, "The key's role may not use this operation", problem);
            Add(429, "Rate limit reached; see the Retry-After header", problem);
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyDefaults.Scheme, context.Document)] = [] });
        }
        if (context.ApiDescription.RelativePath?.Contains('{', StringComparison.Ordinal) == true) Add(404, "No entity with that id", problem);
        Add(500, "Server error; nothing was changed", problem);
    }
}
