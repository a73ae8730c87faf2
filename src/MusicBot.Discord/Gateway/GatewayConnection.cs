using System.Net.WebSockets;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// One gateway WebSocket: uncompressed JSON text frames (<c>?v=10&amp;encoding=json</c>, no <c>compress</c>). Sends are
/// serialized, kept under 4096 bytes and within 115 per 60 seconds (Discord closes at 120 with 4008; the margin is
/// discord.js's). A payload split over several frames is read until <c>EndOfMessage</c>.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    public const int MaxSendBytes = 4096;
    private const int SendBudget = 115;
    private const int MaxReceiveBytes = 16 * 1024 * 1024;
    private static readonly TimeSpan SendWindow = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Queue<long> _sent = new();
    private readonly byte[] _buffer = new byte[16 * 1024];

    private GatewayConnection(ClientWebSocket socket, TimeProvider time)
    {
        _socket = socket;
        _time = time;
    }

    public static async Task<GatewayConnection> ConnectAsync(Uri gatewayUrl, TimeProvider time, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(WithQuery(gatewayUrl), cancellationToken);
            return new GatewayConnection(socket, time);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The URL with <c>v=10&amp;encoding=json</c>; <c>resume_gateway_url</c> comes without them (reference A2.9).</summary>
    public static Uri WithQuery(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }

    public async Task SendAsync(byte[] payload, CancellationToken cancellationToken)
    {
        if (payload.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"A gateway payload of {payload.Length} bytes exceeds Discord's {MaxSendBytes}-byte limit.");
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await WaitForSendBudgetAsync(cancellationToken);
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return GatewayFrame.Closed(_socket.CloseStatus is { } status ? (int)status : null);
            }

            message.Write(_buffer, 0, result.Count);
            if (message.Length > MaxReceiveBytes)
            {
                throw new InvalidDataException($"A gateway payload exceeded {MaxReceiveBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return GatewayFrame.Parse(message.GetBuffer().AsSpan(0, (int)message.Length));
            }
        }
    }

    /// <summary>
    /// Closes with <paramref name="code"/>: 4000 keeps the session resumable, 1000 ends it (reference A2.10). A peer
    /// that does not answer in time (a zombie) is cut off.
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            _socket.Abort();
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout, _time);
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer is gone or not listening; aborting below is all that is left to do.
        }

        _socket.Abort();
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitForSendBudgetAsync(CancellationToken cancellationToken)
    {
        while (_sent.Count >= SendBudget)
        {
            var age = _time.GetElapsedTime(_sent.Peek());
            if (age >= SendWindow)
            {
                _sent.Dequeue();
                continue;
            }

            await Task.Delay(SendWindow - age, _time, cancellationToken);
        }

        _sent.Enqueue(_time.GetTimestamp());
    }
}
