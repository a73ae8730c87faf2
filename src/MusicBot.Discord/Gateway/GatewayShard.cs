using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// One shard's gateway life (reference A2.6): connect, Hello, heartbeat, Identify or Resume, dispatch events, and on
/// every disconnect decide by opcode or close code whether to Resume, Identify again or stop. The first reconnect is
/// immediate, so events missed during a blip are replayed well within an interaction's 3 seconds; repeated failures
/// back off up to a minute.
/// </summary>
internal sealed partial class GatewayShard(
    int shardId,
    int shardCount,
    string token,
    GatewayLocator locator,
    IdentifyGate identifyGate,
    IGatewayListener handler,
    GatewayStatus status,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private readonly GatewaySession _session = new();

    /// <summary>Runs until stopped (returns <see cref="ReconnectAction.Stop"/>) or a fatal close (returns it, with the reason).</summary>
    public async Task<ConnectionEnd> RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            ConnectionEnd end;
            try
            {
                end = await ConnectOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or InvalidDataException or JsonException or HttpRequestException)
            {
                LogConnectionFailed(ex, shardId);
                end = new ConnectionEnd(ReconnectAction.Resume, ex.GetType().Name, HadSession: false);
            }

            status.Disconnected(shardId);
            if (end.Action is ReconnectAction.Fatal or ReconnectAction.Stop)
            {
                return end;
            }

            if (end.Action == ReconnectAction.Reidentify)
            {
                _session.Reset();
            }

            failures = end.HadSession ? 0 : failures + 1;
            LogReconnecting(shardId, end.Reason, end.Action == ReconnectAction.Resume && _session.CanResume ? "resume" : "identify");
            if (failures > 1)
            {
                var backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures - 2))) * (0.5 + (Random.Shared.NextDouble() / 2));
                try
                {
                    await Task.Delay(backoff, time, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }

        return new ConnectionEnd(ReconnectAction.Stop, "stopping", HadSession: false);
    }

    private async Task<ConnectionEnd> ConnectOnceAsync(CancellationToken stoppingToken)
    {
        var (info, failure) = await locator.GetAsync(stoppingToken);
        if (info is null)
        {
            var action = failure?.StatusCode is 401 ? ReconnectAction.Fatal : ReconnectAction.Resume;
            var reason = failure?.StatusCode is 401
                ? "GET /gateway/bot answered 401: Discord rejected the bot token. Set MusicBot:Discord:BotToken to the token from the Developer Portal"
                : $"GET /gateway/bot failed: {failure?.Describe()}";
            return new ConnectionEnd(action, reason, HadSession: false, failure?.StatusCode);
        }

        status.Connecting(shardId);
        var (connection, resuming) = await OpenAsync(new Uri(info.Url), stoppingToken);
        await using (connection)
        {
            var run = new GatewayConnectionRun(connection, _session, resuming, shardId, shardCount, token, identifyGate, handler, status, time, logger);
            return await run.RunAsync(stoppingToken);
        }
    }

    /// <summary>
    /// Opens the connection for a Resume on <c>resume_gateway_url</c>, or for an Identify on the URL from
    /// <c>GET /gateway/bot</c>. When the resume URL cannot be reached but the gateway URL can, that session is out of
    /// reach: it is given up and the shard Identifies afresh (reference A2.6 step 7, "otherwise connect to the cached
    /// URL"). When neither answers, the network is down, so the session is kept for a Resume once it is back.
    /// </summary>
    private async Task<(GatewayConnection Connection, bool IsResuming)> OpenAsync(Uri gatewayUrl, CancellationToken stoppingToken)
    {
        if (!_session.CanResume)
        {
            return (await GatewayConnection.ConnectAsync(gatewayUrl, time, stoppingToken), false);
        }

        try
        {
            return (await GatewayConnection.ConnectAsync(_session.ResumeUrl!, time, stoppingToken), true);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or HttpRequestException)
        {
            var connection = await GatewayConnection.ConnectAsync(gatewayUrl, time, stoppingToken);
            LogResumeUrlUnreachable(ex, shardId);
            _session.Reset();
            return (connection, false);
        }
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Discord gateway shard {Shard} could not connect")]
    private partial void LogConnectionFailed(Exception exception, int shard);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Discord gateway shard {Shard}: the resume URL cannot be reached; identifying afresh on the gateway URL")]
    private partial void LogResumeUrlUnreachable(Exception exception, int shard);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Discord gateway shard {Shard} disconnected ({Reason}); reconnecting to {Mode}")]
    private partial void LogReconnecting(int shard, string reason, string mode);
}
