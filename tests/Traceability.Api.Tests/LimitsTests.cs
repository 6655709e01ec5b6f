using System.Net;

namespace Traceability.Api.Tests;

public sealed class LimitsTests
{
    [Fact]
    public async Task RateLimit_Answers429_WithRetryAfter()
    {
        await using var server = await ApiServer.StartAsync(new() { ["Api:RequestsPerMinute"] = "5" });
        using var client = server.Client("investigator");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            last = await client.GetAsync("/api/exposure");
            statuses.Add(last.StatusCode);
        }
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task KeyGuessing_IsRateLimitedPerAddress()
    {
        await using var server = await ApiServer.StartAsync(new() { ["Api:KeyFailuresPerMinute"] = "3" });
        using var guesser = new HttpClient { BaseAddress = server.Address };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/exposure");
            request.Headers.Add("X-Api-Key", $"trk_{i:x12}_guess");
            statuses.Add((await guesser.SendAsync(request)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>A client whose connections come from <paramref name="address"/> (any of 127.0.0.0/8 on Linux).</summary>
    private static HttpClient From(Uri server, string address) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
            socket.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Parse(address), 0));
            await socket.ConnectAsync(context.DnsEndPoint, ct);
            return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
        },
    }) { BaseAddress = server };

    [Fact]
    public async Task KeyGuessing_BlocksTheGuessersAddress_EvenForAValidKey_ButNoOtherAddress()
    {
        await using var server = await ApiServer.StartAsync(new() { ["Api:KeyFailuresPerMinute"] = "3" });
        using var guesser = From(server.Address, "127.0.0.2");
        using var colleague = From(server.Address, "127.0.0.3");
        async Task<HttpStatusCode> Get(HttpClient client, string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/exposure");
            request.Headers.Add("X-Api-Key", key);
            return (await client.SendAsync(request)).StatusCode;
        }

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, await Get(guesser, i % 2 == 0 ? "not-even-a-key" : $"trk_{i:x12}_guess"));

        Assert.Equal(HttpStatusCode.TooManyRequests, await Get(guesser, server.Keys["investigator"]));
        Assert.Equal(HttpStatusCode.OK, await Get(colleague, server.Keys["investigator"]));
        Assert.Equal(HttpStatusCode.Unauthorized, await Get(colleague, "trk_000000000000_guess"));
    }
}
