using System.Globalization;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Delivery;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Requests;
using MusicBot.Telegram.Buttons;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// One track as an audio message (title, performer, duration, thumbnail, caption within 1024 characters, and the
/// Regenerate / Extend buttons), under the task's progress message; then the lyrics if they did not fit.
/// </summary>
public sealed partial class TrackSender(TelegramBotClient client, MediaFetcher media, TrackSteps steps, ILogger<TrackSender> logger)
{
    private const string Performer = "MusicBot";

    public async Task SendAsync(long chatId, PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Notice.Track is not { } track)
        {
            return;
        }

        var text = NoticeRenderer.Track(delivery.TaskId, track);
        var replyTo = int.TryParse(delivery.Target.ReplyContext, NumberStyles.None, CultureInfo.InvariantCulture, out var progressId)
            ? new ReplyParameters(progressId)
            : null;
        if (!steps.IsAudioSent(delivery.Id))
        {
            await SendAudioAsync(chatId, delivery, text, replyTo, cancellationToken);
            steps.AudioSent(delivery.Id);
        }

        if (text.LyricsMessage is { } lyrics)
        {
            await client.SendMessageAsync(new SendMessageRequest { ChatId = chatId, Text = lyrics, ReplyParameters = replyTo }, cancellationToken);
        }
        else if (text.LyricsDocument is { } document)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(document);
            await client.SendDocumentAsync(
                new DocumentUpload
                {
                    ChatId = chatId,
                    Document = InputFile.FromBytes($"lyrics-{delivery.TaskId}-{track.Index}.txt", "text/plain", bytes),
                    Caption = $"📜 Lyrics of song #{delivery.TaskId}, take {track.Index}",
                    ReplyParameters = replyTo,
                },
                cancellationToken);
        }

        steps.Forget(delivery.Id);
    }

    private async Task SendAudioAsync(long chatId, PendingDelivery delivery, TrackText text, ReplyParameters? replyTo, CancellationToken cancellationToken)
    {
        var track = delivery.Notice.Track!;
        var owner = long.TryParse(delivery.User.UserId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var keyboard = Keyboards.Track(delivery.TaskId, owner);
        var title = track.Title ?? $"Song #{delivery.TaskId}";
        var duration = track.DurationSeconds is { } seconds ? (int)Math.Round(seconds) : (int?)null;
        await TryChatActionAsync(chatId, cancellationToken);
        var file = await media.OpenAudioAsync(track.AudioUrl ?? "", $"song-{delivery.TaskId}-{track.Index}", cancellationToken);
        if (file.Upload is { } upload)
        {
            await client.SendAudioAsync(
                new AudioUpload
                {
                    ChatId = chatId,
                    Audio = upload,
                    Caption = text.Caption,
                    ParseMode = "HTML",
                    Duration = duration,
                    Performer = Performer,
                    Title = title,
                    Thumbnail = await media.ThumbnailAsync(track.ImageUrl, cancellationToken),
                    ReplyParameters = replyTo,
                    ReplyMarkup = keyboard,
                },
                cancellationToken);
        }
        else if (file.Url is { } url)
        {
            await client.SendAudioAsync(
                new SendAudioByUrlRequest
                {
                    ChatId = chatId,
                    Audio = url,
                    Caption = text.Caption,
                    ParseMode = "HTML",
                    Duration = duration,
                    Performer = Performer,
                    Title = title,
                    ReplyParameters = replyTo,
                    ReplyMarkup = keyboard,
                },
                cancellationToken);
        }
        else
        {
            var megabytes = (file.Size ?? 0) / (1024.0 * 1024);
            await client.SendMessageAsync(
                new SendMessageRequest
                {
                    ChatId = chatId,
                    Text = $"{text.Caption}\n\n⚠️ This take is {megabytes.ToString("0.#", CultureInfo.InvariantCulture)} MB, more than Telegram lets a bot upload.",
                    ReplyParameters = replyTo,
                    ReplyMarkup = keyboard,
                },
                cancellationToken);
        }
    }

    private async Task TryChatActionAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendChatActionAsync(chatId, "upload_document", cancellationToken);
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException)
        {
            // Only a hint in the user's client; the upload itself decides.
            LogChatActionFailed(ex, chatId);
        }
    }

    [LoggerMessage(EventId = 5701, Level = LogLevel.Debug, Message = "sendChatAction to {ChatId} failed")]
    private partial void LogChatActionFailed(Exception exception, long chatId);
}
