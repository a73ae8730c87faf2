using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Work;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// The Discord connection as a hosted service: one <see cref="GatewayShard"/> per configured shard. Network trouble is
/// retried forever; a fatal close (bad token, bad shard settings, disallowed intents) is the operator's to fix, so it
/// is logged once, plainly, and the whole bot stops with exit code 1 instead of reconnecting into the same wall.
/// </summary>
public sealed partial class DiscordGatewayService(
    GatewayLocator locator,
    IdentifyGate identifyGate,
    IGatewayListener handler,
    GatewayStatus status,
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
        var shards = settings.ResolvedShardIds
            .Select(id => new GatewayShard(id, settings.ShardCount, settings.BotToken!, locator, identifyGate, handler, status, time, shardLogger).RunAsync(stoppingToken))
            .ToList();
        while (shards.Count > 0)
        {
            var finished = await Task.WhenAny(shards);
            shards.Remove(finished);
            var end = await finished;
            if (end.Action == ReconnectAction.Fatal)
            {
                LogFatal(_logger, end.Reason);
                fatalStop.Stop();
                return;
            }
        }
    }

    [LoggerMessage(EventId = 5200, Level = LogLevel.Critical, Message = "Discord refused the bot and will keep refusing it, so MusicBot is stopping: {Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);
}
