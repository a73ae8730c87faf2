using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Leases;
using MusicBot.Core.Work;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// The Discord connection as a hosted service: one <see cref="GatewayShard"/> per configured shard. Network trouble is
/// retried forever; a fatal close (bad token, bad shard settings, disallowed intents) is the operator's to fix, so it
/// is logged once, plainly, and the whole bot stops with exit code 1 instead of reconnecting into the same wall.
/// Shards pinned by <see cref="DiscordOptions.ShardIds"/> run here unconditionally; otherwise each shard runs under its
/// lease (<see cref="LeaseNames.DiscordShard"/>), so instances on one store split the shards between them and a dead
/// instance's shards move to the survivors.
/// </summary>
public sealed partial class DiscordGatewayService(
    GatewayLocator locator,
    IdentifyGate identifyGate,
    IGatewayListener handler,
    GatewayStatus status,
    LeaseHolder leases,
    IOptions<DiscordOptions> options,
    FatalStop fatalStop,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger<DiscordGatewayService>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var shardLogger = loggers.CreateLogger<GatewayShard>();
        var pinned = settings.ShardIds.Count > 0;
        var shards = settings.ResolvedShardIds.Select(id => RunShardAsync(id, pinned, shardLogger, stoppingToken)).ToList();
        while (shards.Count > 0)
        {
            var finished = await Task.WhenAny(shards);
            shards.Remove(finished);
            var end = await finished;
            if (end is { Action: ReconnectAction.Fatal })
            {
                LogFatal(_logger, end.Reason);
                fatalStop.Stop();
                return;
            }
        }
    }

    /// <summary>One shard until it stops; null when it stopped because the host did (a leased shard).</summary>
    private async Task<ConnectionEnd?> RunShardAsync(int id, bool pinned, ILogger shardLogger, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        Task<ConnectionEnd> Connect(CancellationToken token) =>
            new GatewayShard(id, settings.ShardCount, settings.BotToken!, locator, identifyGate, handler, status, time, shardLogger).RunAsync(token);

        return pinned
            ? await Connect(stoppingToken)
            : await leases.RunWhileHeldAsync(LeaseNames.DiscordShard(id), Connect, stoppingToken);
    }

    [LoggerMessage(EventId = 5200, Level = LogLevel.Critical, Message = "Discord refused the bot and will keep refusing it, so MusicBot is stopping: {Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);
}
