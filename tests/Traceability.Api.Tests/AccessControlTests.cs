using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Traceability.Api.Tests;

public sealed class AccessControlTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public void EveryEndpoint_HasAnExplicitPolicy_AndOnlyHealthIsOpen()
    {
        var endpoints = Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        foreach (var e in endpoints)
        {
            var anonymous = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).ToList();
            Assert.True(anonymous || policies.Count > 0, $"{e.DisplayName} has no explicit policy");
            if (anonymous) Assert.Equal("/health", e.RoutePattern.RawText);
        }
    }

    [Fact]
    public void Catalog_CoversEveryEndpoint()
    {
        var names = Server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).OfType<string>().Order().ToList();
        Assert.Equal(names, EndpointCatalog.All.Select(s => s.Name).Order().ToList());
    }

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var s in EndpointCatalog.All)
            foreach (var role in new[] { "none", "revoked", "investigator", "analyst", "admin" })
                data.Add(s.Name, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task RoleByEndpoint_IsEnforced(string endpoint, string role)
    {
        var sample = EndpointCatalog.All.Single(s => s.Name == endpoint);
        using var client = Server.Client(role == "none" ? null : role);

        using var response = await client.SendAsync(EndpointCatalog.Request(sample));

        var expected = Allowed(sample.Policy, role);
        var status = (int)response.StatusCode;
        if (expected is HttpStatusCode code) Assert.True(status == (int)code, $"{endpoint} as {role}: {status}, expected {(int)code}");
        else Assert.True(status is not (401 or 403) and < 500, $"{endpoint} as {role}: {status} {await response.Content.ReadAsStringAsync()}");
    }

    private static HttpStatusCode? Allowed(string policy, string role) => (policy, role) switch
    {
        ("anonymous", _) => null,
        (_, "none" or "revoked") => HttpStatusCode.Unauthorized,
        ("read", _) => null,
        ("screen", "investigator") => HttpStatusCode.Forbidden,
        ("screen", _) => null,
        ("admin", "admin") => null,
        _ => HttpStatusCode.Forbidden,
    };

    [Fact]
    public async Task RevokedKey_StopsWorkingAtOnce()
    {
        using var admin = Server.Client("admin");
        var created = await (await admin.PostAsync("/api/keys", System.Net.Http.Json.JsonContent.Create(new { name = "short-lived", role = "investigator" })))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var key = created.GetProperty("key").GetString()!;
        var id = created.GetProperty("details").GetProperty("id").GetString()!;
        using var user = new HttpClient { BaseAddress = Server.Address };
        user.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/exposure")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/keys/{id}")).StatusCode);

        var after = await user.GetAsync("/api/exposure");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("revoked", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task KeyText_IsNeverStored()
    {
        var keys = Server.Service<Core.Access.IKeyStore>();
        foreach (var (_, key) in Server.Keys)
        {
            var found = await keys.FindKeyAsync(Core.Access.ApiKeys.IdOf(key)!, CancellationToken.None);
            Assert.NotNull(found);
            Assert.NotEqual(key, found.Value.Hash);
            Assert.DoesNotContain(key, await File.ReadAllTextAsync(Server.DbPath + "-wal").ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : ""));
        }
    }
}
