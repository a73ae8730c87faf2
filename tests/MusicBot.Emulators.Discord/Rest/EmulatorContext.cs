using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MusicBot.Emulators.Discord.Gateway;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary>What the REST handlers share, plus the helpers that write Discord-shaped answers and messages.</summary>
internal sealed class EmulatorContext(EmulatorOptions options, EmulatorClock clock, EmulatorState state, EmulatorRecord record, GatewayHub gateway, Func<string> baseUrl)
{
    public EmulatorOptions Options => options;

    public EmulatorClock Clock => clock;

    public EmulatorState State => state;

    public EmulatorRecord Record => record;

    public GatewayHub Gateway => gateway;

    public string BaseUrl => baseUrl();

    public static async Task WriteAsync(HttpContext http, int status, JsonNode? body)
    {
        http.Response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString());
    }

    public static Task ErrorAsync(HttpContext http, DiscordError error)
    {
        http.Items["code"] = error.Code;
        return WriteAsync(http, error.Status, new JsonObject { ["code"] = error.Code, ["message"] = error.Message });
    }

    /// <summary>Stores a new message with its uploads (named as the <c>attachments</c> entries say).</summary>
    public EmulatedMessage CreateMessage(string channelId, string? interactionId, string origin, JsonObject payload, IReadOnlyList<UploadedFile> files)
    {
        var message = new EmulatedMessage(clock.NextSnowflake(), channelId, interactionId, origin, (JsonObject)payload.DeepClone(), Store(files));
        state.Add(message);
        return message;
    }

    public IReadOnlyList<StoredAttachment> Store(IReadOnlyList<UploadedFile> files) =>
    [
        .. files.Select(f =>
        {
            var id = clock.NextSnowflake();
            var stored = new StoredAttachment(id, f.FileName, f.ContentType, f.Bytes, $"{BaseUrl}/cdn/attachments/{id}/{Uri.EscapeDataString(f.FileName)}");
            state.Files[id] = stored;
            return stored;
        }),
    ];

    /// <summary>The message as Discord returns it.</summary>
    public JsonObject Render(EmulatedMessage message)
    {
        var json = (JsonObject)message.Current.DeepClone();
        json.Remove("allowed_mentions");
        json["id"] = message.Id;
        json["channel_id"] = message.ChannelId;
        json["author"] = new JsonObject { ["id"] = options.ApplicationId, ["username"] = "musicbot", ["bot"] = true };
        json["timestamp"] = clock.Now.ToString("O");
        json["type"] = message.InteractionId is null ? 0 : 20;
        json["attachments"] = new JsonArray([.. message.Attachments.Select(a => (JsonNode)new JsonObject
        {
            ["id"] = a.Id,
            ["filename"] = a.Filename,
            ["size"] = a.Size,
            ["url"] = a.Url,
            ["proxy_url"] = a.Url,
            ["content_type"] = a.ContentType,
        })]);
        return json;
    }
}
