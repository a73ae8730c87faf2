using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram.Model;

namespace MusicBot.Emulators.Telegram.Server;

/// <summary>Builds Message objects in the reference server's field order (chat-protocols §B10).</summary>
public static class MessageJson
{
    public static JsonObject Create(EmulatorWorld world, EmulatedChat chat, EmulatedUser from, int messageId, int? replyTo)
    {
        var json = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = from.ToJson(),
            ["chat"] = chat.ToJson(),
            ["date"] = world.Now,
        };
        if (replyTo is { } id && world.Messages.TryGetValue((chat.Id, id), out var original))
        {
            var quoted = (JsonObject)original.Json.DeepClone();
            quoted.Remove("reply_to_message");
            json["reply_to_message"] = quoted;
        }

        return json;
    }

    public static void SetText(JsonObject json, string field, string text, JsonArray? entities)
    {
        json[field] = text;
        var entitiesField = field == "text" ? "entities" : "caption_entities";
        json.Remove(entitiesField);
        if (entities is not null)
        {
            json[entitiesField] = entities.DeepClone();
        }
    }

    public static void SetMarkup(JsonObject json, JsonObject? markup)
    {
        json.Remove("reply_markup");
        if (markup is not null)
        {
            json["reply_markup"] = markup.DeepClone();
        }
    }

    /// <summary>The replied-to message id from reply_parameters; a missing one is an error unless sending without reply is allowed.</summary>
    public static int? ReplyTo(EmulatorWorld world, long chatId, JsonNode? parameters)
    {
        if (parameters?["message_id"]?.GetValue<int>() is not { } id)
        {
            return null;
        }

        if (world.Messages.ContainsKey((chatId, id)))
        {
            return id;
        }

        return parameters["allow_sending_without_reply"]?.GetValue<bool>() == true
            ? null
            : throw BotApiException.BadRequest("message to be replied not found");
    }
}
