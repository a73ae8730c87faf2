using System.Diagnostics;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary>
/// Fixed-window buckets per (bucket hash, top-level resource) and the sliding global window, as Discord applies them.
/// A request over a limit is refused with 429 and the documented headers and body.
/// </summary>
internal sealed class RateLimits(EmulatorOptions options)
{
    private readonly object _lock = new();
    private readonly Dictionary<string, (int Count, long ResetAt)> _buckets = new(StringComparer.Ordinal);
    private readonly Queue<long> _global = new();

    /// <summary>Takes one request from the bucket: remaining afterwards and seconds to reset, or the wait when refused.</summary>
    public (bool Allowed, int Remaining, double ResetAfter) TakeBucket(string key, RouteLimit limit)
    {
        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            if (!_buckets.TryGetValue(key, out var state) || Stopwatch.GetElapsedTime(state.ResetAt, now) >= TimeSpan.Zero)
            {
                state = (0, now + (long)(limit.Window.TotalSeconds * Stopwatch.Frequency));
            }

            var resetAfter = Math.Max(0.001, Stopwatch.GetElapsedTime(now, state.ResetAt).TotalSeconds);
            if (state.Count >= limit.Limit)
            {
                _buckets[key] = state;
                return (false, 0, resetAfter);
            }

            _buckets[key] = (state.Count + 1, state.ResetAt);
            return (true, limit.Limit - state.Count - 1, resetAfter);
        }
    }

    /// <summary>Takes one request from the global budget (50 per any second), or says how long until there is room.</summary>
    public (bool Allowed, double RetryAfter) TakeGlobal()
    {
        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            while (_global.Count > 0 && Stopwatch.GetElapsedTime(_global.Peek(), now) >= TimeSpan.FromSeconds(1))
            {
                _global.Dequeue();
            }

            if (_global.Count >= options.GlobalLimit)
            {
                return (false, Math.Max(0.001, 1 - Stopwatch.GetElapsedTime(_global.Peek(), now).TotalSeconds));
            }

            _global.Enqueue(now);
            return (true, 0);
        }
    }
}
