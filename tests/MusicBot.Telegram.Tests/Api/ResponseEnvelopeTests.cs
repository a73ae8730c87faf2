using System.Text.Json;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Models;
using MusicBot.Telegram.Tests.Support;

namespace MusicBot.Telegram.Tests.Api;

public sealed class ResponseEnvelopeTests
{
    [Fact]
    public void Deserialize_FloodError_CarriesRetryAfter()
    {
        var envelope = Envelope("error-429-too-many-requests");

        Assert.False(envelope.Ok);
        Assert.Equal((429, 7), (envelope.ErrorCode, envelope.Parameters?.RetryAfter));
    }

    [Fact]
    public void Deserialize_GroupUpgraded_CarriesTheNewChatId()
    {
        var envelope = Envelope("error-400-migrate-to-chat-id");

        Assert.Equal(-1002000000099, envelope.Parameters?.MigrateToChatId);
    }

    [Fact]
    public void Deserialize_GetMe_GivesTheBotUser()
    {
        var me = Envelope("response-get-me").Result.Deserialize(TelegramJsonContext.Default.User)!;

        Assert.Equal((7000000001, true, "musicbot_test_bot"), (me.Id, me.IsBot, me.Username));
    }

    [Fact]
    public void Deserialize_SentMessage_KeepsReplyAndKeyboard()
    {
        var message = Envelope("response-send-message").Result.Deserialize(TelegramJsonContext.Default.Message)!;

        Assert.Equal((91, 88, -1002000000042), (message.MessageId, message.ReplyToMessage?.MessageId, message.Chat.Id));
        Assert.Equal("g:210000002", message.ReplyMarkup?.InlineKeyboard[0][0].CallbackData);
    }

    [Fact]
    public void Deserialize_EmptyGetUpdates_GivesNoUpdates()
    {
        Assert.Empty(Envelope("response-get-updates-empty").Result.Deserialize(TelegramJsonContext.Default.IReadOnlyListUpdate)!);
    }

    [Fact]
    public void Deserialize_CallbackOnDeletedMessage_IsInaccessible()
    {
        var update = Update("update-callback-query-inaccessible");

        Assert.False(update.CallbackQuery!.Message!.IsAccessible);
    }

    [Fact]
    public void Deserialize_InlineModeCallback_HasNoMessage()
    {
        var update = Update("update-callback-query-inline");

        Assert.Null(update.CallbackQuery!.Message);
        Assert.Equal("AgAAAKx1AAA", update.CallbackQuery.InlineMessageId);
    }

    [Fact]
    public void Deserialize_NameWithEmoji_KeepsItExactly()
    {
        Assert.Equal("Jonas Ølberg 🎸", Update("update-message-command-group-botname").Message!.From!.DisplayName);
    }

    [Fact]
    public void Serialize_Request_OmitsUnsetFieldsInsteadOfSendingNull()
    {
        var json = JsonSerializer.Serialize(new MusicBot.Telegram.Api.Requests.SendMessageRequest { ChatId = 5, Text = "hi" }, TelegramJsonContext.Default.SendMessageRequest);

        Assert.Equal("""{"chat_id":5,"text":"hi","parse_mode":"HTML","link_preview_options":{"is_disabled":true}}""", json);
    }

    [Fact]
    public void Serialize_ForceReply_WritesTheForceReplyShape()
    {
        var json = JsonSerializer.Serialize<ReplyMarkup>(new ForceReplyMarkup { Selective = true }, TelegramJsonContext.Default.ReplyMarkup);

        Assert.Equal("""{"force_reply":true,"selective":true}""", json);
    }

    private static ResponseEnvelope Envelope(string fixture) =>
        JsonSerializer.Deserialize(Fixtures.Read(fixture), TelegramJsonContext.Default.ResponseEnvelope)!;

    private static Update Update(string fixture) =>
        JsonSerializer.Deserialize(Fixtures.Read(fixture), TelegramJsonContext.Default.Update)!;
}
