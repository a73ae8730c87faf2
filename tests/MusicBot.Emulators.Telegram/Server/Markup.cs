using System.Text;
using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram.Model;

namespace MusicBot.Emulators.Telegram.Server;

/// <summary>
/// Checks <c>reply_markup</c> as the server does: inline buttons need a label and exactly one action; callback data
/// is 1-64 bytes of UTF-8 (else BUTTON_DATA_INVALID); URLs must be http(s) or tg links. A force-reply markup is
/// accepted for sent messages.
/// </summary>
public static class Markup
{
    private static readonly string[] Actions =
        ["url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay"];

    public static (IReadOnlyList<IReadOnlyList<Button>> Buttons, bool ForceReply, JsonObject? Json) Read(JsonNode? markup, bool allowForceReply)
    {
        if (markup is null)
        {
            return ([], false, null);
        }

        if (markup is not JsonObject json)
        {
            throw BotApiException.BadRequest("can't parse reply keyboard markup JSON object");
        }

        if (json["force_reply"] is not null)
        {
            return allowForceReply ? ([], true, null) : throw BotApiException.BadRequest("inline keyboard expected");
        }

        if (json["inline_keyboard"] is not JsonArray rows)
        {
            throw BotApiException.BadRequest("can't parse reply keyboard markup JSON object");
        }

        var buttons = new List<IReadOnlyList<Button>>();
        foreach (var row in rows)
        {
            if (row is not JsonArray cells)
            {
                throw BotApiException.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
            }

            buttons.Add([.. cells.Select(ReadButton)]);
        }

        return (buttons, false, (JsonObject)json.DeepClone());
    }

    private static Button ReadButton(JsonNode? cell)
    {
        if (cell is not JsonObject button || button["text"]?.GetValue<string>() is not { } text)
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text must be a String");
        }

        var actions = Actions.Count(a => button[a] is not null);
        if (actions != 1)
        {
            throw BotApiException.BadRequest(actions == 0 ? "text buttons are unallowed in the inline keyboard" : "can't parse inline keyboard button: only one action field is allowed");
        }

        var data = button["callback_data"]?.GetValue<string>();
        if (data is not null && (data.Length == 0 || Encoding.UTF8.GetByteCount(data) > 64))
        {
            throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
        }

        var url = button["url"]?.GetValue<string>();
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "tg"))
        {
            throw BotApiException.BadRequest("BUTTON_URL_INVALID");
        }

        return new Button(text, data, url);
    }
}
