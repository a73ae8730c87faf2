using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;

namespace MusicBot.Discord.Gateway;

/// <summary>Healthy while every shard has a session and its last heartbeat ACK is at most two intervals old.</summary>
public sealed class GatewayHealthCheck(GatewayStatus status, IOptions<DiscordOptions> options, TimeProvider time) : IHealthCheck
{
    public string Name => "discord";

    public Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var shard in options.Value.ResolvedShardIds)
        {
            if (!status.Shards.TryGetValue(shard, out var state) || !state.IsReady)
            {
                problems.Add($"shard {shard} has no session");
                continue;
            }

            var age = time.GetUtcNow() - (state.LastAck ?? DateTimeOffset.MinValue);
            if (state.HeartbeatInterval is { } interval && age > interval * 2 + TimeSpan.FromSeconds(5))
            {
                problems.Add($"shard {shard}: no heartbeat ACK for {age.TotalSeconds:0} s");
            }
        }

        return Task.FromResult(problems.Count == 0
            ? HealthReport.Healthy($"{options.Value.ResolvedShardIds.Count} shard(s) connected")
            : HealthReport.Unhealthy(string.Join("; ", problems)));
    }
}
