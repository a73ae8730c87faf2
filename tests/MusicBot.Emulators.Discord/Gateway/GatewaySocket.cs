using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace MusicBot.Emulators.Discord.Gateway;

/// <summary>The server end of one gateway connection: serialized sends, size-checked receives, the 120/60 s send budget.</summary>
internal sealed class GatewaySocket(WebSocket socket) : IDisposable
{
    public const int MaxFrameBytes = 4096;
    private const int FrameBudget = 120;

    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly Queue<long> _frames = new();

    public WebSocket Socket => socket;

    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>The server started the closing handshake; the client's close frame is then only its answer.</summary>
    public bool IsClosedByServer { get; private set; }

    public async Task SendAsync(string json)
    {
        if (!await EnterAsync())
        {
            return;
        }

        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away; the session buffer keeps the event for a resume.
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        if (!await EnterAsync())
        {
            return;
        }

        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                IsClosedByServer |= socket.State == WebSocketState.Open;
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            socket.Abort();
        }
        finally
        {
            _send.Release();
        }
    }

    public void Abort() => socket.Abort();

    public void Dispose() => _send.Dispose();

    /// <summary>False when the connection is already over (a fault injected after the client left).</summary>
    private async Task<bool> EnterAsync()
    {
        try
        {
            await _send.WaitAsync();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>One client payload: its text, or the client's close code, or null text when it was over 4096 bytes.</summary>
    public async Task<(string? Text, bool IsClose, int? CloseCode, bool IsTooLarge)> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFrameBytes + 1];
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, true, socket.CloseStatus is { } status ? (int)status : null, false);
            }

            length += result.Count;
            if (length > MaxFrameBytes)
            {
                return (null, false, null, true);
            }

            if (result.EndOfMessage)
            {
                return (Encoding.UTF8.GetString(buffer, 0, length), false, null, false);
            }
        }
    }

    /// <summary>Counts a client frame; false once more than 120 arrived within 60 seconds.</summary>
    public bool CountFrame()
    {
        var now = Stopwatch.GetTimestamp();
        _frames.Enqueue(now);
        while (_frames.Count > 0 && Stopwatch.GetElapsedTime(_frames.Peek(), now) > TimeSpan.FromSeconds(60))
        {
            _frames.Dequeue();
        }

        return _frames.Count <= FrameBudget;
    }
}
