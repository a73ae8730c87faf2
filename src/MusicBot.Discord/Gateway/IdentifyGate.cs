using System.Collections.Concurrent;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// Identify limits (reference A2.8): shards share buckets <c>shard_id % max_concurrency</c>, and each bucket Identifies
/// at most once per 5 seconds. The daily session-start budget is taken from each fresh <c>GET /gateway/bot</c> and
/// counted down by every Identify sent after it (the answer is cached, so its <c>remaining</c> goes stale at once);
/// when it is spent, Identifies wait until it resets. Resumes are free.
/// </summary>
public sealed class IdentifyGate(TimeProvider time)
{
    /// <summary>Discord's 5 seconds, plus a margin: Discord counts when an Identify arrives, not when it was sent.</summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5.25);

    /// <summary>Discord does not say when the budget resets again after a reset; a day is its window, and the next fetch corrects it.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<int, SemaphoreSlim> _buckets = new();
    private readonly ConcurrentDictionary<int, long> _lastIdentify = new();
    private readonly Lock _budgetLock = new();
    private int? _remaining;
    private int _total;
    private int _maxConcurrency = 1;
    private long _resetAt;

    /// <summary>A fresh session-start limit, fetched at <paramref name="fetchedAt"/> (its <c>reset_after</c> counts from then).</summary>
    public void Observe(SessionStartLimit limit, long fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(limit);
        lock (_budgetLock)
        {
            _remaining = limit.Remaining;
            _total = limit.Total;
            _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
            _resetAt = fetchedAt + (long)(TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter)).TotalSeconds * time.TimestampFrequency);
        }
    }

    /// <summary>Identifies left in the budget as the bot counts them; null before the first <c>GET /gateway/bot</c>.</summary>
    public int? Remaining
    {
        get
        {
            lock (_budgetLock)
            {
                return _remaining;
            }
        }
    }

    /// <summary>
    /// Waits for this shard's turn, then sends its Identify with <paramref name="send"/>. The spacing counts from when
    /// the send finished, not from when the turn came: Discord counts arrivals, and a slow first send (a cold start, a
    /// loaded machine) would otherwise bring the next shard's Identify in too soon.
    /// </summary>
    public async Task IdentifyAsync(int shardId, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        for (var wait = TakeFromBudget(); wait > TimeSpan.Zero; wait = TakeFromBudget())
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        int key;
        lock (_budgetLock)
        {
            key = shardId % _maxConcurrency;
        }

        var gate = _buckets.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_lastIdentify.TryGetValue(key, out var last) && time.GetElapsedTime(last) is var since && since < Spacing)
            {
                await Task.Delay(Spacing - since, time, cancellationToken);
            }

            try
            {
                await send(cancellationToken);
            }
            finally
            {
                // Even a send that failed half-way may have reached Discord.
                _lastIdentify[key] = time.GetTimestamp();
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Takes one Identify from the budget, or says how long until it resets.</summary>
    private TimeSpan TakeFromBudget()
    {
        lock (_budgetLock)
        {
            if (_remaining is not { } remaining)
            {
                return TimeSpan.Zero;
            }

            var now = time.GetTimestamp();
            if (remaining <= 0 && now >= _resetAt)
            {
                remaining = _total;
                _resetAt = now + (long)(Window.TotalSeconds * time.TimestampFrequency);
            }

            if (remaining > 0)
            {
                _remaining = remaining - 1;
                return TimeSpan.Zero;
            }

            _remaining = remaining;
            return time.GetElapsedTime(now, _resetAt);
        }
    }
}
