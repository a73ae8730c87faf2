using MusicBot.Discord.Rest;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Rest;

/// <summary>The limiter's reading of the rate-limit headers; the waits it implies are far longer than the tests wait.</summary>
public sealed class DiscordRateLimiterTests
{
    private static readonly DiscordRoute Route = DiscordRoute.Post("/channels/{channel_id}/messages", "645027906669510667");

    [Theory]
    [InlineData("X-RateLimit-Reset-After", "30.5")]
    [InlineData("X-RateLimit-Reset", "1470173053.5")]
    public async Task AcquireAsync_BucketExhausted_WaitsForTheReset(string header, string value)
    {
        var limiter = new DiscordRateLimiter(new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1470173023)));
        using (var lease = await limiter.AcquireAsync(Route, CancellationToken.None))
        {
            lease.Learn(Headers(("X-RateLimit-Remaining", "0"), (header, value), ("X-RateLimit-Bucket", "abcd1234")));
        }

        using var shortly = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.AcquireAsync(Route, shortly.Token));
    }

    [Fact]
    public async Task AcquireAsync_OtherChannelOfTheSameBucket_NotHeldBack()
    {
        var limiter = new DiscordRateLimiter(TimeProvider.System);
        using (var lease = await limiter.AcquireAsync(Route, CancellationToken.None))
        {
            lease.Learn(Headers(("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "60"), ("X-RateLimit-Bucket", "abcd1234")));
        }

        using var other = await limiter.AcquireAsync(DiscordRoute.Post("/channels/{channel_id}/messages", "111"), CancellationToken.None);

        Assert.NotNull(other);
    }

    [Fact]
    public async Task AcquireAsync_After429_HoldsTheBucketForRetryAfter()
    {
        var limiter = new DiscordRateLimiter(TimeProvider.System);
        using (var lease = await limiter.AcquireAsync(Route, CancellationToken.None))
        {
            lease.RateLimited(TimeSpan.FromSeconds(64.57), isGlobal: false);
        }

        using var shortly = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.AcquireAsync(Route, shortly.Token));
    }

    [Fact]
    public async Task AcquireAsync_AfterGlobal429_HoldsEveryRouteEvenCallbacks()
    {
        var limiter = new DiscordRateLimiter(TimeProvider.System);
        using (var lease = await limiter.AcquireAsync(Route, CancellationToken.None))
        {
            lease.RateLimited(TimeSpan.FromSeconds(30), isGlobal: true);
        }

        using var shortly = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var callback = DiscordRoute.Post("/interactions/{interaction_id}/{interaction_token}/callback", "1", "t");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.AcquireAsync(callback, shortly.Token));
    }

    private static System.Net.Http.Headers.HttpResponseHeaders Headers(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response.Headers;
    }
}
