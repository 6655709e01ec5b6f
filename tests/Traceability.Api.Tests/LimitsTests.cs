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
}
