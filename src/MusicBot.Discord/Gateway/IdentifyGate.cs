using System.Collections.Concurrent;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// Identify limits (reference A2.8): shards share buckets <c>shard_id % max_concurrency</c>, and each bucket Identifies
/// at most once per 5 seconds; when the daily session-start budget is spent, wait until it resets. Resumes are free.
/// </summary>
public sealed class IdentifyGate(TimeProvider time)
{
    /// <summary>Discord's 5 seconds, plus a margin: Discord counts when an Identify arrives, not when it was sent.</summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5.25);

    private readonly ConcurrentDictionary<int, SemaphoreSlim> _buckets = new();
    private readonly ConcurrentDictionary<int, long> _lastIdentify = new();

    /// <summary>Waits for this shard's turn and records the Identify as taken.</summary>
    public async Task WaitAsync(int shardId, Json.SessionStartLimit? limit, CancellationToken cancellationToken)
    {
        if (limit is { Remaining: <= 0 })
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter)), time, cancellationToken);
        }

        var key = shardId % Math.Max(1, limit?.MaxConcurrency ?? 1);
        var gate = _buckets.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_lastIdentify.TryGetValue(key, out var last) && time.GetElapsedTime(last) is var since && since < Spacing)
            {
                await Task.Delay(Spacing - since, time, cancellationToken);
            }

            _lastIdentify[key] = time.GetTimestamp();
        }
        finally
        {
            gate.Release();
        }
    }
}
