namespace Traceability.Api.Tests;

/// <summary>One server shared by the read-only tests of a class.</summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    public ApiServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await ApiServer.StartAsync();

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
