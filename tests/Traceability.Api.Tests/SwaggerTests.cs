using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Traceability.Api.Tests;

public sealed class SwaggerTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task SwaggerJson_HasOperationIdsSummariesAndErrorResponses()
    {
        using var client = fixture.Server.Client();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        Assert.Equal("ApiKey", doc.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Single().Name);
        var ids = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var where = $"{op.Name.ToUpperInvariant()} {path.Name}";
                var id = op.Value.GetProperty("operationId").GetString();
                Assert.False(string.IsNullOrEmpty(id), where);
                ids.Add(id!);
                Assert.False(string.IsNullOrWhiteSpace(op.Value.GetProperty("summary").GetString()), $"{where} has no summary");
                var responses = op.Value.GetProperty("responses");
                Assert.True(responses.TryGetProperty("500", out _), $"{where}: 500 undocumented");
                if (path.Name == "/health") continue;
                foreach (var code in new[] { "400", "401", "403", "429" })
                {
                    Assert.True(responses.TryGetProperty(code, out var r), $"{where}: {code} undocumented");
                    Assert.True(r.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{where}: {code} is not problem details");
                }
                if (path.Name.Contains('{', StringComparison.Ordinal)) Assert.True(responses.TryGetProperty("404", out _), $"{where}: 404 undocumented");
                Assert.True(op.Value.TryGetProperty("security", out _), $"{where} declares no API key");
            }
        }
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var endpoints = fixture.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).OfType<string>();
        Assert.Equal(endpoints.Order(), ids.Order());
    }
}
