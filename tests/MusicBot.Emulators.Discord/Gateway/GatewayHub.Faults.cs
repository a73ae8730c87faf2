using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Gateway;

/// <summary>Fault injection on the current connection (reference A2.13 item 5).</summary>
public sealed partial class GatewayHub
{
    /// <summary>op 7: the client should reconnect and Resume. Discord closes the socket itself a little later.</summary>
    public async Task SendReconnectAsync()
    {
        var socket = CurrentSocket();
        record.Gateway.Enqueue(new GatewayEvent("reconnect"));
        await socket.SendAsync("""{"op":7,"d":null}""");
        _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => socket.IsOpen ? socket.CloseAsync(4000, "Reconnect") : Task.CompletedTask, TaskScheduler.Default);
    }

    /// <summary>op 9: resumable, or not (then the session is gone and the client must Identify).</summary>
    public async Task SendInvalidSessionAsync(bool resumable)
    {
        var socket = CurrentSocket();
        if (!resumable)
        {
            InvalidateCurrent();
        }

        record.Gateway.Enqueue(new GatewayEvent("invalid-session", resumable ? "resumable" : "not resumable"));
        await socket.SendAsync(resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""");
    }

    /// <summary>Closes with a code; 4003, 4007 and 4009 (and the fatal ones) end the session as Discord does.</summary>
    public async Task CloseCurrentAsync(int code)
    {
        var socket = CurrentSocket();
        if (code is 4003 or 4007 or 4009 or 4004 or 4010 or 4011 or 4012 or 4013 or 4014)
        {
            InvalidateCurrent();
        }

        await CloseAsync(socket, code, $"closed with {code}");
    }

    /// <summary>Cuts the TCP connection without a close frame; the session stays resumable.</summary>
    public void DropCurrent()
    {
        record.Gateway.Enqueue(new GatewayEvent("server-drop"));
        CurrentSocket().Abort();
    }

    /// <summary>op 1 from the server: the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync()
    {
        record.Gateway.Enqueue(new GatewayEvent("heartbeat-request"));
        return CurrentSocket().SendAsync("""{"op":1,"d":null}""");
    }

    private GatewaySocket CurrentSocket()
    {
        lock (_lock)
        {
            return _current?.Socket ?? throw new InvalidOperationException("No client is connected to the emulated gateway.");
        }
    }

    private void InvalidateCurrent()
    {
        lock (_lock)
        {
            if (_current is not null)
            {
                _current.IsInvalid = true;
                _current = null;
            }
        }
    }
}
