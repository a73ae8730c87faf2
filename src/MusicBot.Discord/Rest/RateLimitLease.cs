using System.Net.Http.Headers;

namespace MusicBot.Discord.Rest;

/// <summary>The right to send one request on a bucket; disposing it lets the next request of the bucket go.</summary>
public sealed class RateLimitLease : IDisposable
{
    private readonly DiscordRateLimiter _limiter;
    private readonly DiscordRoute _route;
    private readonly RateLimitBucket _bucket;
    private RateLimitBucket _effective;
    private int _disposed;

    internal RateLimitLease(DiscordRateLimiter limiter, DiscordRoute route, RateLimitBucket bucket)
    {
        _limiter = limiter;
        _route = route;
        _bucket = bucket;
        _effective = bucket;
    }

    /// <summary>Reads the answer's rate-limit headers (the bucket may turn out to be shared with other routes).</summary>
    public void Learn(HttpResponseHeaders headers) => _effective = _limiter.Learn(_route, _bucket, headers);

    public void RateLimited(TimeSpan retryAfter, bool isGlobal) => _limiter.RateLimited(_effective, retryAfter, isGlobal);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _bucket.Gate.Release();
        }
    }
}
