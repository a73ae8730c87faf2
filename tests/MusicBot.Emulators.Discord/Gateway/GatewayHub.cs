using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Gateway;

/// <summary>
/// The emulated gateway (reference A2.13): Hello, Identify/Resume with their checks and close codes, heartbeat ACKs,
/// sequenced dispatches buffered per session for replay, and the faults tests inject.
/// </summary>
public sealed partial class GatewayHub(EmulatorOptions options, EmulatorRecord record, Func<string> resumeUrl)
{
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private const int KnownIntents = 0b11_0011_0001_1111_1111_1111_1111;

    private readonly object _lock = new();
    private readonly Dictionary<string, EmulatedSession> _sessions = new(StringComparer.Ordinal);
    private readonly List<(string Event, JsonNode Data, Action OnQueued)> _pending = [];
    private EmulatedSession? _current;
    private long _lastIdentify;
    private int _sessionsStarted;
    private long _budgetWindowStart = Stopwatch.GetTimestamp();
    private int _budgetUsed;

    /// <summary>While true, heartbeats are not acknowledged: the client should call the connection a zombie.</summary>
    public bool WithholdAcks { get; set; }

    /// <summary>The number of sessions that reached READY or RESUMED.</summary>
    public int SessionsStarted => _sessionsStarted;

    public bool IsConnected
    {
        get
        {
            lock (_lock)
            {
                return _current?.Socket?.IsOpen == true;
            }
        }
    }

    /// <summary>While true, <c>resume_gateway_url</c> answers 502 instead of upgrading, as a regional gateway that went away.</summary>
    public bool IsResumeUrlDown { get; set; }

    public async Task AcceptAsync(HttpContext http, bool isResumeUrl)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        if (isResumeUrl && IsResumeUrlDown)
        {
            record.Gateway.Enqueue(new GatewayEvent("connect-refused", "resume"));
            http.Response.StatusCode = 502;
            return;
        }

        using var webSocket = await http.WebSockets.AcceptWebSocketAsync();
        using var socket = new GatewaySocket(webSocket);
        record.Gateway.Enqueue(new GatewayEvent("connect", isResumeUrl ? "resume" : "gateway"));
        var query = http.Request.Query;
        if (query["v"] != "10")
        {
            await CloseAsync(socket, 4012, "Invalid API version");
        }
        else if (query["encoding"] != "json" || query.ContainsKey("compress"))
        {
            await CloseAsync(socket, 4002, "Unsupported encoding or compression");
        }
        else
        {
            await socket.SendAsync(Envelope(10, new JsonObject { ["heartbeat_interval"] = (int)options.HeartbeatInterval.TotalMilliseconds }));
            await RunAsync(socket, http.RequestAborted);
        }
    }

    /// <summary>Sends an event to the current session; without one, it waits for the next READY.</summary>
    public async Task DispatchAsync(string eventName, JsonNode data, Action onQueued)
    {
        EmulatedSession? session;
        lock (_lock)
        {
            session = _current;
            if (session is null)
            {
                _pending.Add((eventName, data, onQueued));
                return;
            }
        }

        await SendDispatchAsync(session, eventName, data, onQueued);
    }

    private async Task SendDispatchAsync(EmulatedSession session, string eventName, JsonNode data, Action onQueued)
    {
        await session.DispatchLock.WaitAsync();
        try
        {
            var sequence = ++session.Sequence;
            var json = new JsonObject { ["op"] = 0, ["s"] = sequence, ["t"] = eventName, ["d"] = data.DeepClone() }.ToJsonString();
            session.Buffer.Add((sequence, json));
            onQueued();
            record.Gateway.Enqueue(new GatewayEvent("dispatch", eventName));
            if (session.Socket is { } socket)
            {
                await socket.SendAsync(json);
            }
        }
        finally
        {
            session.DispatchLock.Release();
        }
    }

    private async Task RunAsync(GatewaySocket socket, CancellationToken aborted)
    {
        EmulatedSession? session = null;
        try
        {
            while (true)
            {
                var (text, isClose, closeCode, isTooLarge) = await socket.ReceiveAsync(aborted);
                if (isClose)
                {
                    record.Gateway.Enqueue(new GatewayEvent("client-close", null, closeCode));
                    // Closing with 1000/1001 ends the session (reference A2.10), when the client chose to close.
                    Detach(socket, session, invalidate: closeCode is 1000 or 1001 && !socket.IsClosedByServer);
                    await socket.CloseAsync(closeCode ?? 1000, "bye");
                    return;
                }

                if (isTooLarge || !socket.CountFrame())
                {
                    await CloseAsync(socket, isTooLarge ? 4002 : 4008, isTooLarge ? "Payload too large" : "Rate limited");
                    Detach(socket, session, invalidate: false);
                    return;
                }

                var next = await HandleAsync(socket, session, text!);
                if (next is null)
                {
                    Detach(socket, session, invalidate: false);
                    return;
                }

                session = next == NoSession ? null : next;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            record.Gateway.Enqueue(new GatewayEvent("client-abort"));
            Detach(socket, session, invalidate: false);
        }
    }

    private static readonly EmulatedSession NoSession = new("", 0, 1);

    private void Detach(GatewaySocket socket, EmulatedSession? session, bool invalidate)
    {
        lock (_lock)
        {
            if (session is null)
            {
                return;
            }

            if (session.Socket == socket)
            {
                session.Socket = null;
            }

            if (invalidate)
            {
                session.IsInvalid = true;
                if (_current == session)
                {
                    _current = null;
                }
            }
        }
    }

    private async Task CloseAsync(GatewaySocket socket, int code, string reason)
    {
        record.Gateway.Enqueue(new GatewayEvent("server-close", reason, code));
        await socket.CloseAsync(code, reason);
    }

    /// <summary>The session-start budget as <c>GET /gateway/bot</c> reports it: Identifies left and milliseconds to the reset.</summary>
    public (int Total, int Remaining, long ResetAfterMs) SessionStartBudget()
    {
        lock (_lock)
        {
            RollBudgetWindow();
            var resetAfter = options.SessionStartWindow - Stopwatch.GetElapsedTime(_budgetWindowStart);
            return (options.SessionStartLimit, Math.Max(0, options.SessionStartLimit - _budgetUsed), (long)Math.Ceiling(resetAfter.TotalMilliseconds));
        }
    }

    /// <summary>Counts an Identify against the budget; false when it is spent (Discord then resets the token).</summary>
    private bool TakeSessionStart()
    {
        lock (_lock)
        {
            RollBudgetWindow();
            if (_budgetUsed >= options.SessionStartLimit)
            {
                return false;
            }

            _budgetUsed++;
            return true;
        }
    }

    private void RollBudgetWindow()
    {
        if (Stopwatch.GetElapsedTime(_budgetWindowStart) >= options.SessionStartWindow)
        {
            _budgetWindowStart = Stopwatch.GetTimestamp();
            _budgetUsed = 0;
        }
    }

    private static string Envelope(int op, JsonNode? data) => new JsonObject { ["op"] = op, ["d"] = data }.ToJsonString();

    private static bool IdentifiedTooSoon(ref long last, TimeSpan spacing)
    {
        var now = Stopwatch.GetTimestamp();
        if (last != 0 && Stopwatch.GetElapsedTime(last, now) < spacing)
        {
            return true;
        }

        last = now;
        return false;
    }

    private static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
