using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// The receive loop of one connection: Hello starts the heartbeat and the Identify or Resume; dispatches advance the
/// sequence and go to the handler; op 1 is answered at once; op 7, op 9, a close frame or a zombie heartbeat end the
/// connection with the decision the protocol prescribes.
/// </summary>
internal sealed partial class GatewayConnectionRun(
    GatewayConnection connection,
    GatewaySession session,
    bool isResuming,
    int shardId,
    int shardCount,
    string token,
    IdentifyGate identifyGate,
    IGatewayListener handler,
    GatewayStatus status,
    TimeProvider time,
    ILogger logger)
{
    private Heartbeater? _heartbeater;
    private Task? _identify;
    private bool _hadSession;

    public async Task<ConnectionEnd> RunAsync(CancellationToken stoppingToken)
    {
        // The receive is not cancelled by shutdown directly: cancelling a ClientWebSocket receive aborts the socket,
        // and shutdown should close with 1000 instead (reference A2.10).
        using var lifetime = new CancellationTokenSource();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = stoppingToken.Register(() => stopped.TrySetResult());
        Task<bool>? heartbeat = null;
        try
        {
            while (true)
            {
                var receive = connection.ReceiveAsync(lifetime.Token);
                var winner = await Task.WhenAny(heartbeat is null ? [receive, stopped.Task] : [receive, stopped.Task, heartbeat]);
                if (winner == stopped.Task)
                {
                    await connection.CloseAsync(1000, "shutting down");
                    await ObserveAsync(receive, lifetime);
                    return End(ReconnectAction.Stop, "stopping");
                }

                if (winner == heartbeat)
                {
                    var end = await ZombieAsync(heartbeat);
                    await ObserveAsync(receive, lifetime);
                    return end;
                }

                GatewayFrame frame;
                try
                {
                    frame = await receive;
                }
                catch (WebSocketException ex)
                {
                    return End(ReconnectAction.Resume, $"connection lost ({ex.WebSocketErrorCode})");
                }

                var next = await HandleAsync(frame, lifetime.Token);
                if (next is not null)
                {
                    return next;
                }

                heartbeat ??= _heartbeater?.RunAsync(lifetime.Token);
            }
        }
        finally
        {
            if (heartbeat is not null)
            {
                await ObserveAsync(heartbeat, lifetime);
            }

            if (_identify is not null)
            {
                await ObserveAsync(_identify, lifetime);
            }
        }
    }

    private async Task<ConnectionEnd?> HandleAsync(GatewayFrame frame, CancellationToken cancellationToken)
    {
        if (frame.IsClose)
        {
            var action = GatewayCloseCodes.Classify(frame.CloseCode);
            var explained = GatewayCloseCodes.Explain(frame.CloseCode);
            LogClosed(shardId, explained, action);
            // The reply to the server's close: 4000 keeps the session resumable (a 1000 echoed back could end it).
            await connection.CloseAsync(action == ReconnectAction.Fatal ? frame.CloseCode ?? 4000 : 4000, "closed by server");
            return End(action, explained, frame.CloseCode);
        }

        switch (frame.Op)
        {
            case GatewayOpcodes.Hello:
                await HelloAsync(frame.Data, cancellationToken);
                return null;
            case GatewayOpcodes.HeartbeatAck:
                _heartbeater?.Acknowledge();
                return null;
            case GatewayOpcodes.Heartbeat when _heartbeater is not null:
                await _heartbeater.BeatAsync(cancellationToken);
                return null;
            case GatewayOpcodes.Reconnect:
                await connection.CloseAsync(4000, "reconnect requested");
                return End(ReconnectAction.Resume, "op 7 Reconnect");
            case GatewayOpcodes.InvalidSession:
                // Older docs asked for a random 1–5 s pause before a fresh Identify; the identify gate's 5-second
                // spacing per bucket covers the case it was for (Identifies sent too fast), so none is added.
                var resumable = frame.Data.ValueKind == JsonValueKind.True;
                await connection.CloseAsync(4000, "invalid session");
                return End(resumable ? ReconnectAction.Resume : ReconnectAction.Reidentify, $"op 9 Invalid Session (resumable: {resumable})");
            case GatewayOpcodes.Dispatch:
                Dispatch(frame);
                return null;
            default:
                return null;
        }
    }

    private async Task HelloAsync(JsonElement data, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());
        _heartbeater = new Heartbeater(connection, session, interval, time, () => status.Acknowledged(shardId));
        if (isResuming && session.CanResume)
        {
            await connection.SendAsync(GatewayPayloads.Resume(token, session.SessionId!, session.Sequence), cancellationToken);
            return;
        }

        // Waiting for this shard's Identify turn may take seconds; the receive loop (and its ACKs) must go on meanwhile.
        _identify = IdentifyAsync(cancellationToken);
    }

    private Task IdentifyAsync(CancellationToken cancellationToken) =>
        identifyGate.IdentifyAsync(shardId, ct => connection.SendAsync(GatewayPayloads.Identify(token, shardId, shardCount), ct), cancellationToken);

    private void Dispatch(GatewayFrame frame)
    {
        session.Observe(frame.Sequence);
        switch (frame.EventName)
        {
            case "READY":
                var ready = frame.Data.Deserialize(DiscordJsonContext.Default.ReadyEvent)
                    ?? throw new JsonException("READY without data.");
                session.Start(ready.SessionId, new Uri(ready.ResumeGatewayUrl));
                MarkReady("READY");
                handler.OnReady(shardId, ready);
                break;
            case "RESUMED":
                MarkReady("RESUMED");
                break;
            case { } name:
                handler.OnDispatch(name, frame.Data);
                break;
        }
    }

    private void MarkReady(string how)
    {
        _hadSession = true;
        status.Ready(shardId, _heartbeater?.Interval ?? TimeSpan.Zero);
        LogSession(shardId, how, session.Sequence ?? 0);
    }

    private async Task<ConnectionEnd> ZombieAsync(Task<bool> heartbeat)
    {
        if (heartbeat.IsCompletedSuccessfully && !heartbeat.Result)
        {
            LogZombie(shardId);
            await connection.CloseAsync(4000, "zombie connection");
            return End(ReconnectAction.Resume, "no heartbeat ACK (zombie connection)");
        }

        return End(ReconnectAction.Resume, "heartbeat could not be sent");
    }

    private ConnectionEnd End(ReconnectAction action, string reason, int? code = null) => new(action, reason, _hadSession, code);

    private static async Task ObserveAsync(Task task, CancellationTokenSource lifetime)
    {
        await lifetime.CancelAsync();
        try
        {
            await task;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            // The connection is being torn down; this task's failure is the expected consequence.
        }
    }

    [LoggerMessage(EventId = 5211, Level = LogLevel.Information, Message = "Discord gateway shard {Shard}: {How} (sequence {Sequence})")]
    private partial void LogSession(int shard, string how, long sequence);

    [LoggerMessage(EventId = 5212, Level = LogLevel.Warning, Message = "Discord gateway shard {Shard}: heartbeat not acknowledged; closing the zombie connection to resume")]
    private partial void LogZombie(int shard);

    [LoggerMessage(EventId = 5213, Level = LogLevel.Information, Message = "Discord gateway shard {Shard} closed by Discord: {Reason} -> {Action}")]
    private partial void LogClosed(int shard, string reason, ReconnectAction action);
}
