using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MusicBot.Discord.Tests.Emulator;

/// <summary>A bare WebSocket client, to hold the emulated gateway to its contract without the bot's own client.</summary>
public sealed class RawGateway : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public static async Task<RawGateway> ConnectAsync(string baseUrl, string query = "v=10&encoding=json")
    {
        var gateway = new RawGateway();
        await gateway._socket.ConnectAsync(new Uri($"{baseUrl.Replace("http://", "ws://", StringComparison.Ordinal)}/gateway?{query}"), CancellationToken.None);
        return gateway;
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public Task SendAsync(string json) => _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next payload, or null when the server closed (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
                return document.RootElement.Clone();
            }
        }
    }

    /// <summary>Hello, then Identify with <paramref name="token"/>; returns READY's data.</summary>
    public async Task<JsonElement> IdentifyAsync(string token, int intents = 0)
    {
        await ReceiveAsync();
        await SendAsync(Identify(token, intents));
        var ready = await ReceiveAsync() ?? throw new InvalidOperationException($"Closed with {CloseStatus}.");
        return ready.GetProperty("d");
    }

    public static string Identify(string token, int intents) => new JsonObject
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "test", ["device"] = "test" },
        },
    }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        await Task.CompletedTask;
    }
}
