using System.Text;
using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Telegram.Server;

/// <summary>
/// The limits on texts and captions (chat-protocols §B8), counted after entity parsing: message text 1-4096
/// characters, caption 0-1024, raw text at most 32768 bytes, and only the documented parse modes.
/// </summary>
public static class TextRules
{
    public const int MaxText = 4096;
    public const int MaxCaption = 1024;

    public static (string Text, JsonArray? Entities) Message(string? raw, string? parseMode)
    {
        var (text, entities) = Parse(raw ?? "", parseMode);
        if (text.Length == 0)
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        if (HtmlEntities.CharacterCount(text) > MaxText)
        {
            throw BotApiException.BadRequest("message is too long");
        }

        return (text, entities);
    }

    public static (string Text, JsonArray? Entities) Caption(string? raw, string? parseMode)
    {
        var (text, entities) = Parse(raw ?? "", parseMode);
        if (HtmlEntities.CharacterCount(text) > MaxCaption)
        {
            throw BotApiException.BadRequest("message caption is too long");
        }

        return (text, entities);
    }

    private static (string Text, JsonArray? Entities) Parse(string raw, string? parseMode)
    {
        if (Encoding.UTF8.GetByteCount(raw) > 32768)
        {
            throw BotApiException.BadRequest("text is too long");
        }

        switch (parseMode?.ToLowerInvariant())
        {
            case null or "" or "none":
                return (raw.Trim(), null);
            case "html":
                var (text, entities) = HtmlEntities.Parse(raw);
                var trimmed = text.TrimStart();
                var shift = text.Length - trimmed.Length;
                var json = new JsonArray([.. entities
                    .Where(e => e.Length > 0)
                    .Select(e => (JsonNode)new JsonObject { ["offset"] = Math.Max(0, e.Offset - shift), ["length"] = e.Length, ["type"] = e.Type })]);
                return (trimmed.TrimEnd(), json.Count > 0 ? json : null);
            case "markdown" or "markdownv2":
                // Accepted as the server does; the emulator does not render Markdown (the bot sends HTML only).
                return (raw.Trim(), null);
            default:
                throw BotApiException.BadRequest("unsupported parse_mode");
        }
    }
}
