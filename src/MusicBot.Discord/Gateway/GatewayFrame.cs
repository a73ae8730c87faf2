using System.Text.Json;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// One thing read from the gateway socket: a payload (<c>op</c>, <c>d</c>, <c>s</c>, <c>t</c>; missing fields are null)
/// or the server closing the connection with a code.
/// </summary>
internal sealed record GatewayFrame(int Op, JsonElement Data, long? Sequence, string? EventName)
{
    public bool IsClose { get; private init; }

    public int? CloseCode { get; private init; }

    public static GatewayFrame Closed(int? code) => new(-1, default, null, null) { IsClose = true, CloseCode = code };

    public static GatewayFrame Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var op = root.GetProperty("op").GetInt32();
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
        var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new GatewayFrame(op, data, sequence, name);
    }
}
