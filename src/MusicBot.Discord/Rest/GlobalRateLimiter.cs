namespace MusicBot.Discord.Rest;

/// <summary>
/// The bot-wide limit of 50 requests per second, as a sliding window with a budget of 45: like discord.js's 115 of
/// 120 gateway sends, the margin absorbs the difference between when a request leaves and when Discord counts it.
/// A global 429 pauses every request, the exempt ones included.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time)
{
    public const int Budget = 45;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly object _lock = new();
    private readonly Queue<long> _sent = new();
    private long _pausedUntil;

    public async Task WaitAsync(bool isExempt, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake(isExempt);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public void PauseFor(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetTimestamp() + (long)(retryAfter.TotalSeconds * time.TimestampFrequency);
            _pausedUntil = Math.Max(_pausedUntil, until);
        }
    }

    private TimeSpan TryTake(bool isExempt)
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            if (_pausedUntil > now)
            {
                return time.GetElapsedTime(now, _pausedUntil);
            }

            if (isExempt)
            {
                return TimeSpan.Zero;
            }

            while (_sent.Count > 0 && time.GetElapsedTime(_sent.Peek(), now) >= Window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < Budget)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return Window - time.GetElapsedTime(_sent.Peek(), now) + TimeSpan.FromMilliseconds(1);
        }
    }
}
