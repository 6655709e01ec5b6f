using System.Net;

namespace Traceability.Api.Tests.Web;

/// <summary>One API server on the demo network plus the layered 300-node product, shared by the page's tests.</summary>
public sealed class WebPageFixture : IAsyncLifetime
{
    public ApiServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await ApiServer.StartAsync();
        using var admin = Server.Client("admin");
        using var response = await admin.PostAsync("/api/imports/graph", LayeredNetwork.Bundle());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
