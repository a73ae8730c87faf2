using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Gateway;

/// <summary>The payloads the bot sends on the gateway, as UTF-8 JSON envelopes (<c>{"op": …, "d": …}</c>).</summary>
internal static class GatewayPayloads
{
    /// <summary>Identify with intents 0: interactions need none (reference A2.8), so no privileged intent can be refused.</summary>
    public static byte[] Identify(string token, int shardId, int shardCount)
    {
        var properties = new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "musicbot", "musicbot");
        var data = JsonSerializer.SerializeToNode(new IdentifyData(token, Intents: 0, properties, [shardId, shardCount]), DiscordJsonContext.Default.IdentifyData);
        return Envelope(GatewayOpcodes.Identify, data);
    }

    public static byte[] Resume(string token, string sessionId, long? sequence) =>
        Envelope(GatewayOpcodes.Resume, JsonSerializer.SerializeToNode(new ResumeData(token, sessionId, sequence), DiscordJsonContext.Default.ResumeData));

    private static byte[] Envelope(int op, JsonNode? data) => Encoding.UTF8.GetBytes(new JsonObject { ["op"] = op, ["d"] = data }.ToJsonString());
}
