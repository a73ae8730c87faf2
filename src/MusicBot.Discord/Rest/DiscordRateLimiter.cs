using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace MusicBot.Discord.Rest;

/// <summary>
/// Per-route buckets learned from the <c>X-RateLimit-*</c> headers, plus the global limit. A route's bucket is keyed by
/// its route until Discord names the bucket (<c>X-RateLimit-Bucket</c>); from then on routes sharing a bucket hash and
/// the same top-level resource share one <see cref="RateLimitBucket"/>.
/// </summary>
public sealed class DiscordRateLimiter(TimeProvider time)
{
    private const int PruneThreshold = 512;
    private static readonly TimeSpan IdleBucket = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly GlobalRateLimiter _global = new(time);
    private long _nextPrune;

    /// <summary>Waits until <paramref name="route"/> may be sent; dispose the lease after reading the response.</summary>
    public async Task<RateLimitLease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        Prune();
        var bucket = _buckets.GetOrAdd(KeyOf(route), _ => new RateLimitBucket(time));
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            for (var wait = bucket.WaitTime(); wait > TimeSpan.Zero; wait = bucket.WaitTime())
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            await _global.WaitAsync(route.IsExemptFromGlobalLimit, cancellationToken);
            return new RateLimitLease(this, route, bucket);
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    internal RateLimitBucket Learn(DiscordRoute route, RateLimitBucket bucket, HttpResponseHeaders headers)
    {
        var hash = Header(headers, "X-RateLimit-Bucket");
        if (hash is not null)
        {
            _hashes[route.RouteKey] = hash;
            bucket = _buckets.GetOrAdd($"{hash}|{route.MajorParameters}", bucket);
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && ResetAfter(headers) is { } resetAfter)
        {
            bucket.Update(remaining, resetAfter);
        }

        return bucket;
    }

    /// <summary><c>X-RateLimit-Reset-After</c>, or else <c>X-RateLimit-Reset</c> (epoch seconds) against the clock, as discord.py reads them.</summary>
    private TimeSpan? ResetAfter(HttpResponseHeaders headers)
    {
        if (double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return double.TryParse(Header(headers, "X-RateLimit-Reset"), NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch)
            ? TimeSpan.FromSeconds(Math.Max(0, epoch - (time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0)))
            : null;
    }

    internal void RateLimited(RateLimitBucket bucket, TimeSpan retryAfter, bool isGlobal)
    {
        if (isGlobal)
        {
            _global.PauseFor(retryAfter);
        }
        else
        {
            bucket.PauseFor(retryAfter);
        }
    }

    private string KeyOf(DiscordRoute route) =>
        _hashes.TryGetValue(route.RouteKey, out var hash) ? $"{hash}|{route.MajorParameters}" : $"{route.RouteKey}|{route.MajorParameters}";

    /// <summary>Every interaction token is its own resource, so idle buckets are dropped to keep memory flat.</summary>
    private void Prune()
    {
        // A scan per request would make a burst quadratic (a thousand interactions, a thousand buckets each time);
        // buckets only go idle after minutes, so one scan every few seconds keeps memory just as flat.
        var now = time.GetTimestamp();
        var next = Interlocked.Read(ref _nextPrune);
        if (_buckets.Count < PruneThreshold || now < next || Interlocked.CompareExchange(ref _nextPrune, now + (long)(PruneEvery.TotalSeconds * time.TimestampFrequency), next) != next)
        {
            return;
        }

        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(IdleBucket))
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
