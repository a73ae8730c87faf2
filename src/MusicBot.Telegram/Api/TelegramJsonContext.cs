using System.Text.Json;
using System.Text.Json.Serialization;
using MusicBot.Telegram.Api.Models;
using MusicBot.Telegram.Api.Requests;

namespace MusicBot.Telegram.Api;

/// <summary>
/// Source-generated JSON in the Bot API's snake_case. Optional fields are omitted, never sent as null; unknown
/// incoming fields are ignored (the Message type alone has over a hundred).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResponseEnvelope))]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(IReadOnlyList<Update>))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(ChatMember))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(ReplyMarkup))]
[JsonSerializable(typeof(InlineKeyboardMarkup))]
[JsonSerializable(typeof(ForceReplyMarkup))]
[JsonSerializable(typeof(ReplyParameters))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SendChatActionRequest))]
[JsonSerializable(typeof(GetChatMemberRequest))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(SetWebhookRequest))]
[JsonSerializable(typeof(DeleteWebhookRequest))]
[JsonSerializable(typeof(SendAudioByUrlRequest))]
[JsonSerializable(typeof(EmptyRequest))]
internal sealed partial class TelegramJsonContext : JsonSerializerContext;

/// <summary>The body of a method without parameters (getMe).</summary>
internal sealed record EmptyRequest
{
    public static EmptyRequest Instance { get; } = new();
}
