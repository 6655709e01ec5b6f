using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Traceability.Api.Auth;

/// <summary>Counts failed key attempts per client address; past the limit, attempts get 429 until the window ends.</summary>
public sealed class KeyGuessLimiter(IOptions<ApiOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.KeyFailuresPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True while the address is blocked; the time to wait when it is.</summary>
    public bool IsBlocked(string address, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(address, permitCount: 0);
        if (lease.IsAcquired) { retryAfter = TimeSpan.Zero; return false; }
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return true;
    }

    /// <summary>Records a failed attempt.</summary>
    public void Fail(string address)
    {
        using var _ = _limiter.AttemptAcquire(address);
    }

    public void Dispose() => _limiter.Dispose();
}
