namespace MusicBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket as the last response described it. Requests on a bucket are sent one at a time
/// (<see cref="Gate"/>), as discord.py does, so "remaining" can never be overshot by requests in flight.
/// Times are monotonic timestamps of the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time)
{
    private readonly object _lock = new();
    private int? _remaining;
    private long _resetAt;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long LastUsed { get; private set; } = time.GetTimestamp();

    /// <summary>How long to wait before the next request may go; zero when it may go now.</summary>
    public TimeSpan WaitTime()
    {
        lock (_lock)
        {
            LastUsed = time.GetTimestamp();
            if (_remaining is not 0)
            {
                return TimeSpan.Zero;
            }

            var left = time.GetElapsedTime(LastUsed, _resetAt);
            if (left <= TimeSpan.Zero)
            {
                _remaining = null;
                return TimeSpan.Zero;
            }

            return left;
        }
    }

    public void Update(int remaining, TimeSpan resetAfter)
    {
        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = time.GetTimestamp() + ToTicks(resetAfter);
        }
    }

    /// <summary>After a 429: nothing more on this bucket until <paramref name="retryAfter"/> has passed.</summary>
    public void PauseFor(TimeSpan retryAfter) => Update(0, retryAfter);

    public bool IsIdle(TimeSpan idleFor) => Gate.CurrentCount == 1 && time.GetElapsedTime(LastUsed) > idleFor;

    private long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);
}
