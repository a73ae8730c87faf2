using System.Text.Json;
using MusicBot.Telegram.Api.Models;
using MusicBot.Telegram.Api.Requests;

namespace MusicBot.Telegram.Api;

/// <summary>
/// The Bot API methods the bot uses (chat-protocols §B5), nothing more. Messages pass the <see cref="FloodGate"/>;
/// a request to a group that became a supergroup is repeated once in the new chat.
/// </summary>
public sealed class TelegramBotClient(BotApiTransport transport, FloodGate gate, ChatMigrations migrations)
{
    private static TelegramJsonContext Json => TelegramJsonContext.Default;

    public Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        transport.CallAsync("getMe", EmptyRequest.Instance, Json.EmptyRequest, Json.User, CallKind.Normal, cancellationToken);

    public Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken) =>
        transport.CallAsync("getUpdates", request, Json.GetUpdatesRequest, Json.IReadOnlyListUpdate, CallKind.LongPoll, cancellationToken);

    public Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken) =>
        transport.CallAsync("setMyCommands", request, Json.SetMyCommandsRequest, Json.Boolean, CallKind.Normal, cancellationToken);

    public Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken) =>
        transport.CallAsync("setWebhook", request, Json.SetWebhookRequest, Json.Boolean, CallKind.Normal, cancellationToken);

    public Task<bool> DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken) =>
        transport.CallAsync("deleteWebhook", request, Json.DeleteWebhookRequest, Json.Boolean, CallKind.Normal, cancellationToken);

    public Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken) =>
        transport.CallAsync("answerCallbackQuery", request, Json.AnswerCallbackQueryRequest, Json.Boolean, CallKind.Normal, cancellationToken);

    public Task<ChatMember> GetChatMemberAsync(long chatId, long userId, CancellationToken cancellationToken) =>
        OnChatAsync(chatId, isMessage: false, id => transport.CallAsync(
            "getChatMember", new GetChatMemberRequest(id, userId), Json.GetChatMemberRequest, Json.ChatMember, CallKind.Normal, cancellationToken), cancellationToken);

    public Task<bool> SendChatActionAsync(long chatId, string action, CancellationToken cancellationToken) =>
        OnChatAsync(chatId, isMessage: false, id => transport.CallAsync(
            "sendChatAction", new SendChatActionRequest(id, action), Json.SendChatActionRequest, Json.Boolean, CallKind.Normal, cancellationToken), cancellationToken);

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnChatAsync(request.ChatId, isMessage: true, id => transport.CallAsync(
            "sendMessage", request with { ChatId = id }, Json.SendMessageRequest, Json.Message, CallKind.Normal, cancellationToken), cancellationToken);
    }

    /// <summary>Edits a message; false when Telegram says the new content equals the old ("message is not modified" is not an error).</summary>
    public async Task<bool> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            // The answer is the edited Message (or true for inline messages): either way the edit happened.
            await OnChatAsync(request.ChatId, isMessage: true, id => transport.CallAsync(
                "editMessageText", request with { ChatId = id }, Json.EditMessageTextRequest, Json.JsonElement, CallKind.Normal, cancellationToken), cancellationToken);
            return true;
        }
        catch (TelegramApiException ex) when (ex.IsNotModified)
        {
            return false;
        }
    }

    public Task<Message> SendAudioAsync(SendAudioByUrlRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnChatAsync(request.ChatId, isMessage: true, id => transport.CallAsync(
            "sendAudio", request with { ChatId = id }, Json.SendAudioByUrlRequest, Json.Message, CallKind.Upload, cancellationToken), cancellationToken);
    }

    public Task<Message> SendAudioAsync(AudioUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return OnChatAsync(upload.ChatId, isMessage: true, id => transport.SendAsync("sendAudio", async ct =>
        {
            var body = Multipart.Create()
                .Text("chat_id", id)
                .Text("title", upload.Title)
                .Text("performer", upload.Performer)
                .Text("duration", upload.Duration)
                .Text("caption", upload.Caption)
                .Text("parse_mode", upload.Caption is null ? null : upload.ParseMode)
                .Text("thumbnail", upload.Thumbnail is null ? null : "attach://thumbnail")
                .Json("reply_parameters", upload.ReplyParameters, Json.ReplyParameters)
                .Json("reply_markup", upload.ReplyMarkup, Json.ReplyMarkup);
            await body.FileAsync("audio", upload.Audio, ct);
            if (upload.Thumbnail is { } thumbnail)
            {
                await body.FileAsync("thumbnail", thumbnail, ct);
            }

            return body;
        }, Json.Message, CallKind.Upload, cancellationToken), cancellationToken);
    }

    public Task<Message> SendDocumentAsync(DocumentUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return OnChatAsync(upload.ChatId, isMessage: true, id => transport.SendAsync("sendDocument", async ct =>
        {
            var body = Multipart.Create()
                .Text("chat_id", id)
                .Text("caption", upload.Caption)
                .Text("parse_mode", upload.Caption is null ? null : upload.ParseMode)
                .Text("thumbnail", upload.Thumbnail is null ? null : "attach://thumbnail")
                .Json("reply_parameters", upload.ReplyParameters, Json.ReplyParameters)
                .Json("reply_markup", upload.ReplyMarkup, Json.ReplyMarkup);
            await body.FileAsync("document", upload.Document, ct);
            if (upload.Thumbnail is { } thumbnail)
            {
                await body.FileAsync("thumbnail", thumbnail, ct);
            }

            return body;
        }, Json.Message, CallKind.Upload, cancellationToken), cancellationToken);
    }

    private async Task<T> OnChatAsync<T>(long chatId, bool isMessage, Func<long, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await GatedAsync(migrations.Resolve(chatId), isMessage, call, cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.MigrateToChatId is { } moved)
        {
            migrations.Record(chatId, moved);
            return await GatedAsync(moved, isMessage, call, cancellationToken);
        }
    }

    private async Task<T> GatedAsync<T>(long chatId, bool isMessage, Func<long, Task<T>> call, CancellationToken cancellationToken)
    {
        if (!isMessage)
        {
            return await call(chatId);
        }

        using var slot = await gate.EnterAsync(chatId, cancellationToken);
        return await call(chatId);
    }
}
