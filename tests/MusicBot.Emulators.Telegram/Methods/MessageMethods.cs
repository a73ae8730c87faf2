using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Emulators.Telegram.Server;

namespace MusicBot.Emulators.Telegram.Methods;

/// <summary>sendMessage, editMessageText, answerCallbackQuery, sendChatAction.</summary>
internal static class MessageMethods
{
    private static readonly HashSet<string> ChatActions =
        ["typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note"];

    public static JsonNode SendMessage(ApiRequest request, EmulatorWorld world, FloodMonitor flood, List<(BotMessage, bool)> changed)
    {
        var chat = world.RequireChat(request.RequiredNumber("chat_id"));
        var (text, entities) = TextRules.Message(request.Text("text"), request.Text("parse_mode"));
        var (buttons, forceReply, markup) = Markup.Read(request.Json("reply_markup", "reply keyboard markup"), allowForceReply: true);
        var replyTo = MessageJson.ReplyTo(world, chat.Id, request.Json("reply_parameters", "reply parameters"));
        flood.Admit(chat.Id);

        var id = world.NextMessageId(chat.Id);
        var json = MessageJson.Create(world, chat, world.Bot, id, replyTo);
        MessageJson.SetText(json, "text", text, entities);
        if (request.Json("link_preview_options", "link preview options") is JsonObject preview)
        {
            json["link_preview_options"] = preview.DeepClone();
        }

        MessageJson.SetMarkup(json, markup);
        world.Messages[(chat.Id, id)] = new StoredMessage(chat.Id, id, world.Bot.Id, json);
        var message = new BotMessage
        {
            ChatId = chat.Id,
            MessageId = id,
            ReplyToMessageId = replyTo,
            Raw = request.Text("text") ?? "",
            Text = text,
            Buttons = buttons,
            HasForceReply = forceReply,
        };
        world.BotMessages.Add(message);
        changed.Add((message, false));
        return json.DeepClone();
    }

    public static JsonNode EditMessageText(ApiRequest request, EmulatorWorld world, FloodMonitor flood, List<(BotMessage, bool)> changed)
    {
        if (request.Text("inline_message_id") is not null)
        {
            throw BotApiException.BadRequest("message to edit not found");
        }

        var chat = world.RequireChat(request.RequiredNumber("chat_id"));
        var id = (int)request.RequiredNumber("message_id");
        if (!world.Messages.TryGetValue((chat.Id, id), out var stored) || stored.FromId != world.Bot.Id)
        {
            throw BotApiException.BadRequest("message to edit not found");
        }

        var message = world.BotMessages.Single(m => m.ChatId == chat.Id && m.MessageId == id);
        if (message.Audio is not null || message.Document is not null)
        {
            throw BotApiException.BadRequest("there is no text in the message to edit");
        }

        var (text, entities) = TextRules.Message(request.Text("text"), request.Text("parse_mode"));
        var (buttons, _, markup) = Markup.Read(request.Json("reply_markup", "reply keyboard markup"), allowForceReply: false);
        var json = stored.Json;
        var sameText = json["text"]?.GetValue<string>() == text && JsonNode.DeepEquals(json["entities"], entities);
        if (sameText && JsonNode.DeepEquals(json["reply_markup"], markup))
        {
            throw BotApiException.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        }

        flood.Admit(chat.Id);
        MessageJson.SetText(json, "text", text, entities);
        MessageJson.SetMarkup(json, markup);
        json["edit_date"] = world.Now;
        message.Raw = request.Text("text") ?? "";
        message.Text = text;
        message.Buttons = buttons;
        message.Edits.Add(text);
        changed.Add((message, true));
        return json.DeepClone();
    }

    public static JsonNode AnswerCallbackQuery(ApiRequest request, EmulatorWorld world)
    {
        var id = request.RequiredText("callback_query_id");
        if (!world.CallbackQueries.TryGetValue(id, out var answered) || answered)
        {
            throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        if (request.Text("text") is { } text && HtmlEntities.CharacterCount(text) > 200)
        {
            throw BotApiException.BadRequest("MESSAGE_TOO_LONG");
        }

        world.CallbackQueries[id] = true;
        return true;
    }

    public static JsonNode SendChatAction(ApiRequest request, EmulatorWorld world)
    {
        world.RequireChat(request.RequiredNumber("chat_id"));
        return ChatActions.Contains(request.Text("action") ?? "") ? true : throw BotApiException.BadRequest("wrong parameter action in request");
    }
}
