using System.Text.Json;
using System.Text.Json.Nodes;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Gateway;

public sealed partial class GatewayHub
{
    /// <summary>Handles one client payload; null ends the connection, <see cref="NoSession"/> continues without a session.</summary>
    private async Task<EmulatedSession?> HandleAsync(GatewaySocket socket, EmulatedSession? session, string text)
    {
        JsonElement payload;
        try
        {
            payload = Parse(text);
        }
        catch (JsonException)
        {
            await CloseAsync(socket, 4002, "Decode error");
            return null;
        }

        var op = payload.TryGetProperty("op", out var opValue) && opValue.TryGetInt32(out var parsed) ? parsed : -1;
        var data = payload.TryGetProperty("d", out var d) ? d : default;
        switch (op)
        {
            case 1:
                record.Gateway.Enqueue(new GatewayEvent("heartbeat", data.ValueKind == JsonValueKind.Number ? data.GetRawText() : "null"));
                if (!WithholdAcks)
                {
                    await socket.SendAsync("""{"op":11}""");
                }

                return session ?? NoSession;
            case 2:
                return await IdentifyAsync(socket, session, data);
            case 6:
                return await ResumeAsync(socket, session, data);
            case 3 or 4 or 8 or 31 or 43 when session is not null:
                return session;
            case 3 or 4 or 8 or 31 or 43:
                await CloseAsync(socket, 4003, "Not authenticated");
                return null;
            default:
                await CloseAsync(socket, 4001, "Unknown opcode");
                return null;
        }
    }

    private async Task<EmulatedSession?> IdentifyAsync(GatewaySocket socket, EmulatedSession? session, JsonElement data)
    {
        var intents = data.TryGetProperty("intents", out var i) && i.TryGetInt32(out var value) ? value : -1;
        var shard = data.TryGetProperty("shard", out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().Select(x => x.GetInt32()).ToArray() : [0, 1];
        record.Gateway.Enqueue(new GatewayEvent("identify", $"intents={intents} shard={shard[0]}/{shard[1]}"));
        var error = session is not null ? (4005, "Already authenticated")
            : Text(data, "token") != options.Token ? (4004, "Authentication failed")
            : intents < 0 || (intents & ~KnownIntents) != 0 ? (4013, "Invalid intent(s)")
            : (intents & PrivilegedIntents) != 0 ? (4014, "Disallowed intent(s)")
            : shard.Length != 2 || shard[0] < 0 || shard[0] >= shard[1] ? (4010, "Invalid shard")
            : ((int, string)?)null;
        if (error is { } refused)
        {
            await CloseAsync(socket, refused.Item1, refused.Item2);
            return null;
        }

        bool tooSoon;
        lock (_lock)
        {
            tooSoon = IdentifiedTooSoon(ref _lastIdentify, options.IdentifySpacing);
        }

        if (tooSoon)
        {
            // max_concurrency is 1: a second Identify within 5 seconds is refused with op 9 (reference A2.8).
            record.Gateway.Enqueue(new GatewayEvent("invalid-session", "identify too soon"));
            await socket.SendAsync("""{"op":9,"d":false}""");
            return NoSession;
        }

        if (!TakeSessionStart())
        {
            // Over the daily session starts: Discord ends the connections and resets the token (reference A2.8).
            record.Violations.Enqueue($"Identify over the session-start limit of {options.SessionStartLimit}; Discord would reset the bot token");
            await CloseAsync(socket, 4004, "Authentication failed");
            return null;
        }

        var created = new EmulatedSession(Guid.NewGuid().ToString("N"), shard[0], shard[1]) { Socket = socket };
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = options.ApplicationId, ["username"] = "musicbot", ["discriminator"] = "0", ["avatar"] = null, ["bot"] = true },
            ["guilds"] = new JsonArray(new JsonObject { ["id"] = options.GuildId, ["unavailable"] = true }),
            ["session_id"] = created.Id,
            ["resume_gateway_url"] = resumeUrl(),
            ["shard"] = new JsonArray(shard[0], shard[1]),
            ["application"] = new JsonObject { ["id"] = options.ApplicationId, ["flags"] = 0 },
        };
        lock (_lock)
        {
            _sessions[created.Id] = created;
            _current = created;
        }

        await SendDispatchAsync(created, "READY", ready, () => { });
        record.Gateway.Enqueue(new GatewayEvent("ready", created.Id));
        Interlocked.Increment(ref _sessionsStarted);
        await FlushPendingAsync(created);
        return created;
    }

    private async Task<EmulatedSession?> ResumeAsync(GatewaySocket socket, EmulatedSession? current, JsonElement data)
    {
        var sessionId = Text(data, "session_id");
        long? sequence = data.TryGetProperty("seq", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt64() : null;
        record.Gateway.Enqueue(new GatewayEvent("resume", $"{sessionId}@{sequence}"));
        if (current is not null || Text(data, "token") != options.Token)
        {
            await CloseAsync(socket, current is not null ? 4005 : 4004, current is not null ? "Already authenticated" : "Authentication failed");
            return null;
        }

        EmulatedSession? session;
        GatewaySocket? replaced;
        lock (_lock)
        {
            session = sessionId is not null && _sessions.TryGetValue(sessionId, out var found) && !found.IsInvalid ? found : null;
            replaced = session?.Socket;
        }

        if (session is null || sequence > session.Sequence)
        {
            record.Gateway.Enqueue(new GatewayEvent("invalid-session", "unknown session"));
            await socket.SendAsync("""{"op":9,"d":false}""");
            return NoSession;
        }

        replaced?.Abort();
        await session.DispatchLock.WaitAsync();
        try
        {
            // Replay what the client missed, then RESUMED marks the end of the replay (reference A2.10).
            foreach (var (_, json) in session.Buffer.Where(b => b.Sequence > (sequence ?? 0)))
            {
                await socket.SendAsync(json);
            }

            session.Socket = socket;
            var resumed = new JsonObject { ["op"] = 0, ["s"] = ++session.Sequence, ["t"] = "RESUMED", ["d"] = new JsonObject() }.ToJsonString();
            session.Buffer.Add((session.Sequence, resumed));
            await socket.SendAsync(resumed);
        }
        finally
        {
            session.DispatchLock.Release();
        }

        lock (_lock)
        {
            _current = session;
        }

        record.Gateway.Enqueue(new GatewayEvent("resumed", session.Id));
        Interlocked.Increment(ref _sessionsStarted);
        await FlushPendingAsync(session);
        return session;
    }

    private async Task FlushPendingAsync(EmulatedSession session)
    {
        List<(string Event, JsonNode Data, Action OnQueued)> pending;
        lock (_lock)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        foreach (var (name, data, onQueued) in pending)
        {
            await SendDispatchAsync(session, name, data, onQueued);
        }
    }

    private static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
