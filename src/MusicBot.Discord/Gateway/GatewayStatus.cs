using System.Collections.Concurrent;

namespace MusicBot.Discord.Gateway;

/// <summary>The live state of each shard, for the health check and for tests that wait for a session.</summary>
public sealed class GatewayStatus(TimeProvider time)
{
    private readonly ConcurrentDictionary<int, ShardState> _shards = new();
    private int _sessions;

    public IReadOnlyDictionary<int, ShardState> Shards => _shards;

    /// <summary>Counts READY and RESUMED events, so callers can wait for "the next session after X".</summary>
    public int SessionsStarted => _sessions;

    public void Connecting(int shard) => _shards.AddOrUpdate(shard, _ => new ShardState(false, null, null), (_, s) => s with { IsReady = false });

    public void Ready(int shard, TimeSpan heartbeatInterval)
    {
        _shards.AddOrUpdate(shard, _ => new ShardState(true, time.GetUtcNow(), heartbeatInterval), (_, s) => s with { IsReady = true, LastAck = time.GetUtcNow(), HeartbeatInterval = heartbeatInterval });
        Interlocked.Increment(ref _sessions);
    }

    public void Acknowledged(int shard) => _shards.AddOrUpdate(shard, _ => new ShardState(false, time.GetUtcNow(), null), (_, s) => s with { LastAck = time.GetUtcNow() });

    public void Disconnected(int shard) => _shards.AddOrUpdate(shard, _ => new ShardState(false, null, null), (_, s) => s with { IsReady = false });
}

/// <summary>One shard: whether its session is up, and when its last heartbeat was acknowledged.</summary>
public sealed record ShardState(bool IsReady, DateTimeOffset? LastAck, TimeSpan? HeartbeatInterval);
