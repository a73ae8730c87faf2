using Microsoft.Extensions.Options;
using MusicBot.Core.Leases;
using MusicBot.Core.Observability;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// Healthy while every shard this instance runs has a session and its last heartbeat ACK is at most two intervals old.
/// A shard whose lease another instance holds is that instance's to report.
/// </summary>
public sealed class GatewayHealthCheck(GatewayStatus status, LeaseBoard leases, IOptions<DiscordOptions> options, TimeProvider time) : IHealthCheck
{
    public string Name => "discord";

    public Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var elsewhere = 0;
        foreach (var shard in options.Value.ResolvedShardIds)
        {
            if (leases.Leases.TryGetValue(LeaseNames.DiscordShard(shard), out var held) && !held)
            {
                elsewhere++;
                continue;
            }

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
            ? HealthReport.Healthy(elsewhere == 0
                ? $"{options.Value.ResolvedShardIds.Count} shard(s) connected"
                : $"{options.Value.ResolvedShardIds.Count - elsewhere} shard(s) connected, {elsewhere} run by another instance")
            : HealthReport.Unhealthy(string.Join("; ", problems)));
    }
}
